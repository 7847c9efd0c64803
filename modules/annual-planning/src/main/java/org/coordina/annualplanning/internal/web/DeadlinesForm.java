package org.coordina.annualplanning.internal.web;

import java.time.DateTimeException;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.coordina.annualplanning.internal.CycleDeadlines;
import org.coordina.annualplanning.internal.PlanningCycle;
import org.springframework.validation.Errors;

/**
 * The cycle page's deadlines form, with GOV.UK date inputs (day, month and year typed separately): the year of a new
 * cycle, when plans are due, when the national administration means to approve them, how many days after a quarter
 * its report is due, and the version the page was read at.
 */
record DeadlinesForm(@Pattern(regexp = "\\d{4}", message = "{annualplanning.page.validation.year}") String year,
        @NotBlank @Pattern(regexp = DAY, message = "{annualplanning.page.validation.day}") String dueDay,
        @NotBlank @Pattern(regexp = MONTH, message = "{annualplanning.page.validation.month}") String dueMonth,
        @NotBlank @Pattern(regexp = YEAR, message = "{annualplanning.page.validation.year}") String dueYear,
        @NotBlank @Pattern(regexp = DAY, message = "{annualplanning.page.validation.day}") String approvalDay,
        @NotBlank @Pattern(regexp = MONTH, message = "{annualplanning.page.validation.month}") String approvalMonth,
        @NotBlank @Pattern(regexp = YEAR, message = "{annualplanning.page.validation.year}") String approvalYear,
        @Pattern(regexp = "\\d{1,2}", message = "{annualplanning.page.validation.reportDueDays}") String reportDueDays,
        long version) {

    static final String DAY = "\\d{1,2}";

    static final String MONTH = "\\d{1,2}";

    static final String YEAR = "\\d{4}";

    /** The form of a new cycle: its plans due on 31 January, approval by 28 February, reports 15 days after. */
    static DeadlinesForm forNewCycle(int year) {
        return of(String.valueOf(year), LocalDate.of(year, 1, 31), LocalDate.of(year, 2, 28),
                CycleDeadlines.DEFAULT_REPORT_DUE_DAYS, 0);
    }

    static DeadlinesForm of(PlanningCycle cycle) {
        return of(null, cycle.getPlanSubmissionDue(), cycle.getNationalApprovalTarget(), cycle.getReportDueDays(),
                cycle.getVersion());
    }

    private static DeadlinesForm of(String year, LocalDate due, LocalDate approval, int reportDueDays, long version) {
        return new DeadlinesForm(year, String.valueOf(due.getDayOfMonth()), String.valueOf(due.getMonthValue()),
                String.valueOf(due.getYear()), String.valueOf(approval.getDayOfMonth()),
                String.valueOf(approval.getMonthValue()), String.valueOf(approval.getYear()),
                String.valueOf(reportDueDays), version);
    }

    /**
     * The deadlines the form gives, or {@code null} with a field error for a day that does not exist (31 February) or
     * a number of days out of range; call only when the form has no errors yet.
     */
    CycleDeadlines toDeadlines(Errors errors) {
        var due = date(dueYear, dueMonth, dueDay, "dueDay", errors);
        var approval = date(approvalYear, approvalMonth, approvalDay, "approvalDay", errors);
        int days = reportDueDays == null ? CycleDeadlines.DEFAULT_REPORT_DUE_DAYS : Integer.parseInt(reportDueDays);
        if (days > 90) {
            errors.rejectValue("reportDueDays", "annualplanning.page.validation.reportDueDays");
        }
        if (due != null && approval != null && approval.isBefore(due)) {
            errors.rejectValue("approvalDay", "annualplanning.page.validation.approvalBeforeDue");
        }
        return errors.hasErrors() ? null : new CycleDeadlines(due, days, approval);
    }

    private static LocalDate date(String year, String month, String day, String field, Errors errors) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        }
        catch (DateTimeException | NumberFormatException e) {
            errors.rejectValue(field, "annualplanning.page.validation.date");
            return null;
        }
    }
}
