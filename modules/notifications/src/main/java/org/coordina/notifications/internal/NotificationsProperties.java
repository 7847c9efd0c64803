package org.coordina.notifications.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of notifications ({@code coordina.notifications.*}): how long read notifications are kept (180 days),
 * after how many failed attempts an address counts as failing (5), the first retry's delay (1 minute, doubled per
 * failure up to a day), the sender's round (every 30 seconds), the digest's and purge's crons with their zone,
 * the mails' sender address and the application's address that links start with.
 */
@ConfigurationProperties("coordina.notifications")
record NotificationsProperties(Duration retention, Integer failingAfter, Duration firstRetry, Duration sendDelay,
        String digestCron,
        String purgeCron, String zone, String from, String baseUrl) {

    static final String DEFAULT_SEND_DELAY = "PT30S";

    static final String DEFAULT_DIGEST_CRON = "0 0 7 * * *";

    static final String DEFAULT_PURGE_CRON = "0 30 2 * * *";

    static final String DEFAULT_ZONE = "Europe/Sofia";

    NotificationsProperties {
        retention = retention == null ? Duration.ofDays(180) : retention;
        failingAfter = failingAfter == null ? 5 : failingAfter;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        sendDelay = sendDelay == null ? Duration.parse(DEFAULT_SEND_DELAY) : sendDelay;
        digestCron = digestCron == null || digestCron.isBlank() ? DEFAULT_DIGEST_CRON : digestCron;
        purgeCron = purgeCron == null || purgeCron.isBlank() ? DEFAULT_PURGE_CRON : purgeCron;
        zone = zone == null || zone.isBlank() ? DEFAULT_ZONE : zone;
        from = from == null || from.isBlank() ? "coordina@localhost" : from;
        baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    }

    /** The delay before attempt {@code attempts + 1}: doubled per failure, at most a day. */
    Duration retryAfter(int attempts) {
        var delay = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : delay;
    }
}
