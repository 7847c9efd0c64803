package org.coordina.annualplanning.internal;

import java.time.LocalDate;

import org.coordina.sharedkernel.domain.DomainProblem;

/**
 * The deadlines of a cycle: when local plans are due, how many days after a quarter's end its report is
 * due, and when the national administration means to have approved the plans.
 */
public record CycleDeadlines(LocalDate planSubmissionDue, int reportDueDays, LocalDate nationalApprovalTarget) {

    /** The default number of days after a quarter's end by which its report is due. */
    public static final int DEFAULT_REPORT_DUE_DAYS = 15;

    public CycleDeadlines {
        if (planSubmissionDue == null || nationalApprovalTarget == null) {
            throw DomainProblem.ruleViolated("annualplanning.cycle.deadlinesMissing");
        }
        if (reportDueDays < 0 || reportDueDays > 90) {
            throw DomainProblem.ruleViolated("annualplanning.cycle.reportDueDays", reportDueDays);
        }
        if (nationalApprovalTarget.isBefore(planSubmissionDue)) {
            throw DomainProblem.ruleViolated("annualplanning.cycle.approvalBeforeSubmission", nationalApprovalTarget,
                    planSubmissionDue);
        }
    }

    /** The defaults for a year: plans due on 31 January, approval by 28 February, reports 15 days after a quarter. */
    static CycleDeadlines defaultsFor(int year) {
        return new CycleDeadlines(LocalDate.of(year, 1, 31), DEFAULT_REPORT_DUE_DAYS, LocalDate.of(year, 2, 28));
    }

    /** The day a quarter's report is due: its last day plus {@link #reportDueDays()}. */
    LocalDate reportDueOn(int year, int quarter) {
        return Quarter.lastDay(year, quarter).plusDays(reportDueDays);
    }
}
