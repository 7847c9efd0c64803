package org.coordina.notifications.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers the outbox: the mails due now, each day's digests, and the purge of old read notifications. Each round
 * runs on one instance at a time (a transaction-scoped advisory lock; the others skip it). A failed mail stays
 * pending and is retried later, waiting twice as long after each failure; it is never dropped.
 */
@Service
@Transactional
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    static final int BATCH = 50;

    private final JdbcOutbox outbox;

    private final JdbcInbox inbox;

    private final JdbcJobLock lock;

    private final MailComposer composer;

    private final Mailer mailer;

    private final NotificationsProperties properties;

    private final Clock clock;

    MailDelivery(JdbcOutbox outbox, JdbcInbox inbox, JdbcJobLock lock, MailComposer composer, Mailer mailer,
            NotificationsProperties properties, Clock clock) {
        this.outbox = outbox;
        this.inbox = inbox;
        this.lock = lock;
        this.composer = composer;
        this.mailer = mailer;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends the mails due now to recipients who want them at once; how many were sent. */
    int sendDue() {
        if (!lock.tryLock(JdbcJobLock.SENDER)) {
            return 0;
        }
        var now = clock.instant();
        outbox.skipUnwanted(now);
        int sent = 0;
        for (var entry : outbox.dueImmediate(now, BATCH)) {
            if (attempt(composer.single(entry), List.of(entry))) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends each recipient who wants a digest one mail with their pending notifications; how many mails. */
    int sendDigests() {
        if (!lock.tryLock(JdbcJobLock.DIGEST)) {
            return 0;
        }
        var now = clock.instant();
        outbox.skipUnwanted(now);
        var byRecipient = new LinkedHashMap<String, List<OutboxEntry>>();
        outbox.dueDigest(now).forEach(entry -> byRecipient.computeIfAbsent(entry.recipient(), r -> new ArrayList<>())
                .add(entry));
        int sent = 0;
        for (var entries : byRecipient.values()) {
            if (attempt(composer.digest(entries), entries)) {
                sent++;
            }
        }
        return sent;
    }

    /** Deletes the notifications read longer ago than the retention; how many. */
    int purge() {
        if (!lock.tryLock(JdbcJobLock.PURGE)) {
            return 0;
        }
        return inbox.purgeReadBefore(clock.instant().minus(properties.retention()));
    }

    private boolean attempt(Mail mail, List<OutboxEntry> entries) {
        var now = clock.instant();
        try {
            mailer.send(mail);
        } catch (MailException e) {
            for (var entry : entries) {
                int attempts = entry.attempts() + 1;
                outbox.retryAt(entry.notificationId(), attempts, now.plus(properties.retryAfter(attempts)),
                        e.getMessage());
                if (attempts == properties.failingAfter()) {
                    log.warn("Mails to {} failed {} times: the address is reported as failing", entry.recipient(),
                            attempts);
                }
            }
            log.info("Mail to {} failed, tried again later: {}", entries.get(0).recipient(), e.getMessage());
            return false;
        }
        entries.forEach(entry -> outbox.markSent(entry.notificationId(), now));
        return true;
    }
}
