package org.coordina.internationalcooperation.internal;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of international cooperation ({@code coordina.cooperation.*}): how many days before its end an
 * agreement is announced as expiring (90) and before its deadline a report as due soon (30), when the daily
 * announcements run (a cron expression) and the time zone whose calendar days count.
 */
@ConfigurationProperties("coordina.cooperation")
record CooperationProperties(Integer agreementExpiringDays, Integer obligationDueSoonDays, String announcementsCron,
        ZoneId zone) {

    static final String DEFAULT_ANNOUNCEMENTS_CRON = "0 45 1 * * *";

    static final String DEFAULT_ZONE = "Europe/Sofia";

    CooperationProperties {
        agreementExpiringDays = agreementExpiringDays == null ? 90 : agreementExpiringDays;
        obligationDueSoonDays = obligationDueSoonDays == null ? 30 : obligationDueSoonDays;
        announcementsCron = announcementsCron == null || announcementsCron.isBlank() ? DEFAULT_ANNOUNCEMENTS_CRON
                : announcementsCron;
        zone = zone == null ? ZoneId.of(DEFAULT_ZONE) : zone;
    }
}
