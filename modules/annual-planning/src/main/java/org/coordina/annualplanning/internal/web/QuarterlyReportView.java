package org.coordina.annualplanning.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.coordina.annualplanning.internal.ReportStatus;

/** A quarterly report with its plan's activities and their progress in the quarter. */
record QuarterlyReportView(int year, String owner, int quarter, ReportStatus status, LocalDate dueOn, boolean overdue,
        Instant submittedAt, String comments, long version, List<ReportActivityView> activities) {
}
