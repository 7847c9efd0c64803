package org.coordina.annualplanning.internal.web;

import java.time.Instant;
import java.time.LocalDate;

import org.coordina.annualplanning.internal.ReportStatus;

/** A quarterly report in the list of a plan's four reports. */
record ReportSummary(int quarter, ReportStatus status, LocalDate dueOn, boolean overdue, Instant submittedAt,
        String comments, long version) {
}
