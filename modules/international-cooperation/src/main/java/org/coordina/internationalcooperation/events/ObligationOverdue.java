package org.coordina.internationalcooperation.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;

/** A reporting deadline passed without a submission: the occurrence is LATE (announced once per occurrence). */
public record ObligationOverdue(UUID eventId, Instant occurredAt, UUID obligationId, long version, UUID occurrenceId,
        ReportingBody body, String titleBg, String titleEn, LocalDate dueOn) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return obligationId.toString();
    }
}
