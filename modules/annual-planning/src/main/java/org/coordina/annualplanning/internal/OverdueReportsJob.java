package org.coordina.annualplanning.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Announces overdue and due-soon quarterly reports once a night ({@code coordina.planning.reporting.overdue-cron}, in
 * {@code coordina.planning.reporting.zone}); safe to run on every instance and any number of times.
 */
@Component
class OverdueReportsJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueReportsJob.class);

    private final QuarterlyReports reports;

    OverdueReportsJob(QuarterlyReports reports) {
        this.reports = reports;
    }

    // The placeholders' defaults are ReportingProperties' defaults; the annotation needs constants.
    @Scheduled(cron = "${coordina.planning.reporting.overdue-cron:" + ReportingProperties.DEFAULT_OVERDUE_CRON + "}",
            zone = "${coordina.planning.reporting.zone:" + ReportingProperties.DEFAULT_ZONE + "}")
    void announceOverdueReports() {
        int announced = reports.announceOverdue();
        if (announced > 0) {
            log.info("Announced {} overdue quarterly reports", announced);
        }
        int dueSoon = reports.announceDueSoon();
        if (dueSoon > 0) {
            log.info("Announced {} quarterly reports due within {} days", dueSoon, QuarterlyReport.DUE_SOON_DAYS);
        }
    }
}
