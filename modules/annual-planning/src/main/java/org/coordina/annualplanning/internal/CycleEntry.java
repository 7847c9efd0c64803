package org.coordina.annualplanning.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A planning cycle as the list shows it: its year, status and deadlines, read straight from its row. */
public record CycleEntry(UUID id, int year, CycleStatus status, LocalDate planSubmissionDue, int reportDueDays,
        LocalDate nationalApprovalTarget, Instant openedAt, Instant closedAt, long version) {
}
