package org.coordina.annualplanning.internal;

import java.time.Clock;
import java.util.UUID;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an activity's progress in a quarter's report. Cheap on purpose (secretaries report side by
 * side): it reads the report's status with its row locked {@code FOR SHARE} and the activity's indicator
 * ids, never the plan or the report aggregate, and writes the entry through the targeted write path of
 * {@link ProgressRecordingRepository}; the report changes only through {@link QuarterlyReports}.
 */
@Service
@Transactional
public class ActivityProgressReporting {

    private final ActivityProgressRepository progress;

    private final QuarterlyReports reports;

    private final ReportingQueries queries;

    private final PlanningHistory history;

    private final Clock clock;

    ActivityProgressReporting(ActivityProgressRepository progress, QuarterlyReports reports, ReportingQueries queries,
            PlanningHistory history, Clock clock) {
        this.progress = progress;
        this.reports = reports;
        this.queries = queries;
        this.history = history;
        this.clock = clock;
    }

    /** The activity's progress in the quarter, or an unsaved NOT_STARTED one (version 0) when none was reported. */
    @Transactional(readOnly = true)
    public ActivityProgress find(int year, Party owner, int quarter, UUID activityId) {
        var report = reports.find(year, owner, quarter);
        queries.indicatorsOf(report.getPlanId(), activityId).orElseThrow(() -> activityNotFound(year, owner, activityId));
        return progress.findByReportIdAndActivityId(report.getId(), activityId)
                .orElseGet(() -> ActivityProgress.start(report.getId(), activityId, year, owner, quarter));
    }

    /**
     * Records what the owner reports; {@code expectedVersion} 0 creates the activity's first entry in the quarter.
     * Takes the activity's row lock, so that two updates of one activity (in two quarters) refresh its roll-up
     * figures one after the other ({@link ActivityFigures}).
     */
    public ActivityProgress report(int year, Party owner, int quarter, UUID activityId, long expectedVersion,
            ProgressDetails details) {
        var gate = queries.lockReport(year, owner, Quarter.check(quarter))
                .orElseThrow(() -> QuarterlyReports.notFound(year, owner, quarter));
        gate.requireEditable(reports.today());
        var indicators = queries.lockIndicatorsOf(gate.planId(), activityId)
                .orElseThrow(() -> activityNotFound(year, owner, activityId));
        var entry = progress.findEntry(gate.reportId(), activityId)
                .orElseGet(() -> ActivityProgress.start(gate.reportId(), activityId, year, owner, quarter));
        StaleVersions.require("The progress of activity " + activityId + " in " + year + " Q" + quarter, entry.getVersion(), expectedVersion);
        var before = entry.snapshot();
        var storedValues = entry.getIndicatorValues();
        if (!entry.report(details, indicators, clock.instant())) {
            return entry;
        }
        var saved = progress.record(entry, storedValues);
        if (saved.getVersion() == 1) {
            history.created("ActivityProgress", saved.getId(), saved.getVersion(), saved.snapshot());
        } else {
            history.changed("ActivityProgress", saved.getId(), saved.getVersion(), "reported", before, saved.snapshot(),
                    null);
        }
        return saved;
    }

    private static DomainProblem activityNotFound(int year, Party owner, UUID activityId) {
        return DomainProblem.notFound("annualplanning.activity.notFound", activityId, owner, year);
    }
}
