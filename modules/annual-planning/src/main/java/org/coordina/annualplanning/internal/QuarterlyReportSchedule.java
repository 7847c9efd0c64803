package org.coordina.annualplanning.internal;

import java.util.HashSet;

import org.springframework.stereotype.Component;

/**
 * Gives an approved plan its four quarterly reports, due the cycle's {@code reportDueDays} after each
 * quarter's end. Reports that exist already (a plan reopened and approved again) are kept as they are.
 */
@Component
class QuarterlyReportSchedule {

    private final QuarterlyReportRepository reports;

    private final PlanningCycleRepository cycles;

    private final PlanningHistory history;

    QuarterlyReportSchedule(QuarterlyReportRepository reports, PlanningCycleRepository cycles, PlanningHistory history) {
        this.reports = reports;
        this.cycles = cycles;
        this.history = history;
    }

    /** Creates the reports of this approved plan that it does not have yet. */
    void openFor(Plan plan) {
        plan.requireApproved();
        var deadlines = cycles.findByYear(plan.getCycleYear()).orElseThrow().deadlines();
        var existing = new HashSet<Integer>();
        reports.findByPlanIdOrderByQuarter(plan.getId()).forEach(report -> existing.add(report.getQuarter()));
        for (int quarter = 1; quarter <= 4; quarter++) {
            if (!existing.contains(quarter)) {
                var report = reports.save(QuarterlyReport.open(plan, quarter,
                        deadlines.reportDueOn(plan.getCycleYear(), quarter)));
                history.created("QuarterlyReport", report.getId(), report.getVersion(), report.snapshot());
            }
        }
    }
}
