package org.coordina.meetings.internal;

import java.time.Clock;

import org.coordina.regionalcommissions.events.TrendReportPublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps meetings' list of published trend reports, which sessions link to, from the regional-commissions events. */
@Component
class TrendReportListener {

    private final PublishedTrendReportRepository reports;

    private final Clock clock;

    TrendReportListener(PublishedTrendReportRepository reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @ApplicationModuleListener(id = "meetings.trend-reports.published")
    void on(TrendReportPublished event) {
        reports.project(event, clock.instant());
    }
}
