package org.coordina.annualplanning.internal.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A cycle's deadlines; the report due days default to 15. */
record DeadlinesRequest(@NotNull LocalDate planSubmissionDue, @Min(0) @Max(90) Integer reportDueDays,
        @NotNull LocalDate nationalApprovalTarget) {
}
