package org.coordina.annualplanning.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;

/** The national administration opened the planning cycle of a year: plans can now be drafted. */
public record PlanningCycleOpened(UUID eventId, Instant occurredAt, UUID cycleId, long version, int year,
        LocalDate planSubmissionDue, int reportDueDays, LocalDate nationalApprovalTarget, List<String> sectionCodes) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return cycleId.toString();
    }
}
