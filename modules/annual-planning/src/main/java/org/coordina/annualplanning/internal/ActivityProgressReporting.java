package org.coordina.annualplanning.internal;

import java.time.Clock;
import java.util.UUID;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an activity's progress in a quarter's report. Cheap on purpose (secretaries report side by
 * side): it reads the report's status with its row locked {@code FOR SHARE} and the activity's indicator
 * ids, never the plan or the report aggregate; the report changes only through {@link QuarterlyReports}.
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

    /** Records what the owner reports; {@code expectedVersion} 0 creates the activity's first entry in the quarter. */
    public ActivityProgress report(int year, Party owner, int quarter, UUID activityId, long expectedVersion,
            ProgressDetails details) {
        var gate = queries.lockReport(year, owner, Quarter.check(quarter))
                .orElseThrow(() -> QuarterlyReports.notFound(year, owner, quarter));
        gate.requireEditable(reports.today());
        var indicators = queries.indicatorsOf(gate.planId(), activityId)
                .orElseThrow(() -> activityNotFound(year, owner, activityId));
        var entry = progress.findByReportIdAndActivityId(gate.reportId(), activityId)
                .orElseGet(() -> ActivityProgress.start(gate.reportId(), activityId, year, owner, quarter));
        StaleVersions.require("The progress of activity " + activityId + " in " + year + " Q" + quarter, entry.getVersion(), expectedVersion);
        var before = entry.snapshot();
        if (!entry.report(details, indicators, clock.instant())) {
            return entry;
        }
        var saved = save(entry);
        if (saved.getVersion() == 1) {
            history.created("ActivityProgress", saved.getId(), saved.getVersion(), saved.snapshot());
        } else {
            history.changed("ActivityProgress", saved.getId(), saved.getVersion(), "reported", before, saved.snapshot(),
                    null);
        }
        return saved;
    }

    /** Saves the entry; two first entries of one activity at once: the second is stale, as with any version clash. */
    private ActivityProgress save(ActivityProgress entry) {
        try {
            return progress.save(entry);
        } catch (RuntimeException e) {
            // Spring Data JDBC wraps the unique key's violation (report, activity) in a DbActionExecutionException.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof DuplicateKeyException) {
                    throw new OptimisticLockingFailureException("The progress of activity " + entry.getActivityId()
                            + " was created concurrently", e);
                }
            }
            throw e;
        }
    }

    private static DomainProblem activityNotFound(int year, Party owner, UUID activityId) {
        return DomainProblem.notFound("annualplanning.activity.notFound", activityId, owner, year);
    }
}
