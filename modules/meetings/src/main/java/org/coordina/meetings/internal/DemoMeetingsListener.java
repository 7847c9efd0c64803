package org.coordina.meetings.internal;

import java.time.Clock;


import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.TrendReportPublished;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Demo mode only: when a commission or a trend report becomes known, makes sure it is projected and, once
 * that is committed, tries the demo meetings again, which wait for all ten demo commissions and the eight
 * presented trend reports; the projection's own
 * listener may run before or after this one. Any other commission or report is only projected: seeding is
 * serialized, and trying it for every commission made every listener wait behind it.
 */
@Component
@ConditionalOnBooleanProperty("coordina.demo.enabled")
class DemoMeetingsListener {

    private final CommissionRegister projection;

    private final PublishedTrendReportRepository trendReports;

    private final Clock clock;

    private final DemoMeetings demo;

    DemoMeetingsListener(CommissionRegister projection, PublishedTrendReportRepository trendReports, Clock clock,
            DemoMeetings demo) {
        this.projection = projection;
        this.trendReports = trendReports;
        this.clock = clock;
        this.demo = demo;
    }

    @ApplicationModuleListener(id = "meetings.demo-meetings.commission-established")
    void on(CommissionEstablished event) {
        projection.project(event.commissionId(), event.code(), event.nameBg(), event.nameEn(), event.status(),
                event.version());
        if (DemoMeetings.COMMISSIONS.contains(event.code().value())) {
            seedAfterCommit();
        }
    }

    @ApplicationModuleListener(id = "meetings.demo-meetings.trend-report-published")
    void on(TrendReportPublished event) {
        // Not through TrendReportListener: calling another listener would complete its publication twice.
        trendReports.project(event, clock.instant());
        if (DemoMeetings.PRESENTERS.contains(event.commissionCode().value()) && event.year() == 2020
                && "H2".equals(event.period())) {
            seedAfterCommit();
        }
    }

    /** After the commit, so that the last attempt sees every other commission's and report's commit. */
    private void seedAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

            @Override
            public void afterCommit() {
                demo.seed();
            }
        });
    }
}
