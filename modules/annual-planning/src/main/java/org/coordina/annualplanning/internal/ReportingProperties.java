package org.coordina.annualplanning.internal;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of quarterly reporting ({@code coordina.planning.reporting.*}): when the nightly overdue job
 * runs (a cron expression) and the time zone whose calendar days decide when a quarter starts and when
 * a report is past its due date.
 */
@ConfigurationProperties("coordina.planning.reporting")
record ReportingProperties(String overdueCron, ZoneId zone) {

    static final String DEFAULT_OVERDUE_CRON = "0 30 1 * * *";

    static final String DEFAULT_ZONE = "Europe/Sofia";

    ReportingProperties {
        overdueCron = overdueCron == null || overdueCron.isBlank() ? DEFAULT_OVERDUE_CRON : overdueCron;
        zone = zone == null ? ZoneId.of(DEFAULT_ZONE) : zone;
    }
}
