package org.coordina.notifications.internal;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a notice's audience: one notification per recipient in the recipient's language, and its mail queued
 * when the recipient has an address. An event delivered again finds its notifications stored and adds nothing.
 */
@Service
@Transactional
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final JdbcRecipients recipients;

    private final JdbcInbox inbox;

    private final JdbcOutbox outbox;

    private final JdbcNotices notices;

    private final MessageSource messages;

    private final Clock clock;

    Notifier(JdbcRecipients recipients, JdbcInbox inbox, JdbcOutbox outbox, JdbcNotices notices, MessageSource messages,
            Clock clock) {
        this.notices = notices;
        this.recipients = recipients;
        this.inbox = inbox;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
    }

    /** How many notifications this notice created (0 when it was delivered before). */
    int notify(Notice notice) {
        var now = clock.instant();
        var bg = render(notice, Language.BG, now);
        var en = render(notice, Language.EN, now);
        notices.keep(notice, bg, en, now);
        int created = 0;
        for (var recipient : recipients.resolve(notice.audience())) {
            var text = recipient.language() == Language.EN ? en : bg;
            var id = UUID.randomUUID();
            if (inbox.add(id, notice.eventId(), recipient.username(), notice.kind(), recipient.language(), text.title(),
                    text.body(), notice.link(), text.calendar(), now)) {
                created++;
                if (recipient.email() != null) {
                    outbox.enqueue(id, recipient.username(), now);
                }
            }
        }
        log.debug("{} of event {}: {} notifications", notice.kind(), notice.eventId(), created);
        return created;
    }

    private JdbcNotices.Rendered render(Notice notice, Language language, java.time.Instant now) {
        var arguments = notice.argumentsIn(language, party -> party.isNational()
                ? new Bilingual(message("notifications.party.national", Language.BG),
                        message("notifications.party.national", Language.EN))
                : recipients.commissionName(party.value()).orElse(new Bilingual(party.value(), party.value())));
        return new JdbcNotices.Rendered(
                messages.getMessage(notice.kind().code() + ".title", arguments, language.locale()),
                messages.getMessage(notice.kind().code() + ".body", arguments, language.locale()),
                notice.calendar() == null ? null : MeetingCalendar.of(notice.calendar(), language, now));
    }

    private String message(String code, Language language) {
        return messages.getMessage(code, null, language.locale());
    }
}
