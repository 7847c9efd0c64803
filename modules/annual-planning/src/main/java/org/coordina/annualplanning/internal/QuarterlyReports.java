package org.coordina.annualplanning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.HistoryEntry;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits, accepts, returns and reopens quarterly reports (the cycle must be open), and announces the
 * overdue and due-soon ones once: the only way a report's status changes. Every change is kept in the report's history.
 */
@Service
@Transactional
public class QuarterlyReports {

    private final QuarterlyReportRepository reports;

    private final ActivityProgressRepository progress;

    private final Plans plans;

    private final ReportingQueries queries;

    private final PlanningHistory history;

    private final Clock clock;

    private final ReportingProperties properties;

    QuarterlyReports(QuarterlyReportRepository reports, ActivityProgressRepository progress, Plans plans,
            ReportingQueries queries, PlanningHistory history, Clock clock, ReportingProperties properties) {
        this.reports = reports;
        this.progress = progress;
        this.plans = plans;
        this.queries = queries;
        this.history = history;
        this.clock = clock;
        this.properties = properties;
    }

    /** The reports of this owner's plan, by quarter (none until the plan is approved). */
    @Transactional(readOnly = true)
    public List<QuarterlyReport> of(int year, Party owner) {
        return reports.findByPlanIdOrderByQuarter(plans.find(year, owner).getId());
    }

    @Transactional(readOnly = true)
    public QuarterlyReport find(int year, Party owner, int quarter) {
        Quarter.check(quarter);
        return reports.findByPlanIdAndQuarter(plans.find(year, owner).getId(), quarter)
                .orElseThrow(() -> notFound(year, owner, quarter));
    }

    /** The owner hands the report in, with the count of the plan's activities by their status in the quarter. */
    public QuarterlyReport submit(int year, Party owner, int quarter, long expectedVersion) {
        var report = current(year, owner, quarter, expectedVersion);
        var before = report.snapshot();
        report.submit(queries.countByStatus(report.getPlanId(), report.getId()), clock.instant(), today());
        return save(report, "submitted", before, null);
    }

    public QuarterlyReport accept(int year, Party owner, int quarter, long expectedVersion) {
        var report = current(year, owner, quarter, expectedVersion);
        var before = report.snapshot();
        report.accept(clock.instant());
        return save(report, "accepted", before, null);
    }

    public QuarterlyReport returnWith(int year, Party owner, int quarter, long expectedVersion, String comments) {
        var report = current(year, owner, quarter, expectedVersion);
        var before = report.snapshot();
        report.returnWith(comments, clock.instant());
        return save(report, "returned", before, report.getComments());
    }

    public QuarterlyReport reopen(int year, Party owner, int quarter, long expectedVersion, String reason) {
        var report = current(year, owner, quarter, expectedVersion);
        var before = report.snapshot();
        report.reopen(reason, clock.instant());
        return save(report, "reopened", before, report.getComments());
    }

    /**
     * Announces every report that is past its due date, not handed in and not announced yet, once: one
     * instance at a time (a transaction-scoped advisory lock; the others skip the round), and a report
     * announced is marked in the same transaction, so running it again announces nothing new.
     *
     * @return how many reports it announced
     */
    public int announceOverdue() {
        if (!queries.tryLockOverdueRound()) {
            return 0;
        }
        var today = today();
        var now = clock.instant();
        int announced = 0;
        for (QuarterlyReport report : reports.findOverdue(today)) {
            var before = report.snapshot();
            if (report.markOverdue(today, now)) {
                save(report, "overdue", before, null);
                announced++;
            }
        }
        return announced;
    }

    /**
     * Announces every report that is due within seven days, not handed in and not announced yet, once, in
     * the same way as {@link #announceOverdue()}.
     *
     * @return how many reports it announced
     */
    public int announceDueSoon() {
        if (!queries.tryLockOverdueRound()) {
            return 0;
        }
        var today = today();
        var now = clock.instant();
        int announced = 0;
        for (QuarterlyReport report : reports.findDueSoon(today, today.plusDays(QuarterlyReport.DUE_SOON_DAYS))) {
            var before = report.snapshot();
            if (report.markDueSoon(today, now)) {
                save(report, "due-soon", before, null);
                announced++;
            }
        }
        return announced;
    }

    /** The history of the report and of its activities' progress entries, oldest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(int year, Party owner, int quarter) {
        var report = find(year, owner, quarter);
        var ids = new ArrayList<UUID>();
        ids.add(report.getId());
        ids.addAll(progress.findIdsByReportId(report.getId()));
        return history.of(ids);
    }

    /** Today in the calendar of the reporting time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.zone());
    }

    private QuarterlyReport save(QuarterlyReport report, String action, Map<String, Object> before, String reason) {
        var saved = reports.save(report);
        history.changed("QuarterlyReport", saved.getId(), saved.getVersion(), action, before, saved.snapshot(), reason);
        return saved;
    }

    /** The report in an open cycle, its row locked, at the version the client read; 412 when it changed since. */
    private QuarterlyReport current(int year, Party owner, int quarter, long expectedVersion) {
        Quarter.check(quarter);
        var plan = plans.inOpenCycle(year, owner);
        var report = reports.findForUpdateByPlanIdAndQuarter(plan.getId(), quarter)
                .orElseThrow(() -> notFound(year, owner, quarter));
        StaleVersions.require("The report of " + owner + " on " + year + " Q" + quarter, report.getVersion(), expectedVersion);
        return report;
    }

    static DomainProblem notFound(int year, Party owner, int quarter) {
        return DomainProblem.notFound("annualplanning.report.notFound", owner, year, quarter);
    }
}
