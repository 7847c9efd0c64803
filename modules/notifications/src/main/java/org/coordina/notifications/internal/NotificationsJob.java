package org.coordina.notifications.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The notifications' rounds: the mail sender every {@code coordina.notifications.send-delay}, the daily digest
 * and the purge of old read notifications at their crons; each safe on every instance and any number of times.
 */
@Component
class NotificationsJob {

    private static final Logger log = LoggerFactory.getLogger(NotificationsJob.class);

    private final MailDelivery delivery;

    NotificationsJob(MailDelivery delivery) {
        this.delivery = delivery;
    }

    // The placeholders' defaults are NotificationsProperties' defaults; the annotation needs constants.
    @Scheduled(fixedDelayString = "${coordina.notifications.send-delay:" + NotificationsProperties.DEFAULT_SEND_DELAY
            + "}", initialDelayString = "${coordina.notifications.send-delay:" + NotificationsProperties.DEFAULT_SEND_DELAY
            + "}")
    void sendDue() {
        int sent = delivery.sendDue();
        if (sent > 0) {
            log.debug("Sent {} notification mails", sent);
        }
    }

    @Scheduled(cron = "${coordina.notifications.digest-cron:" + NotificationsProperties.DEFAULT_DIGEST_CRON + "}",
            zone = "${coordina.notifications.zone:" + NotificationsProperties.DEFAULT_ZONE + "}")
    void sendDigests() {
        int sent = delivery.sendDigests();
        if (sent > 0) {
            log.info("Sent {} notification digests", sent);
        }
    }

    @Scheduled(cron = "${coordina.notifications.purge-cron:" + NotificationsProperties.DEFAULT_PURGE_CRON + "}",
            zone = "${coordina.notifications.zone:" + NotificationsProperties.DEFAULT_ZONE + "}")
    void purge() {
        int purged = delivery.purge();
        if (purged > 0) {
            log.info("Purged {} read notifications older than the retention", purged);
        }
    }
}
