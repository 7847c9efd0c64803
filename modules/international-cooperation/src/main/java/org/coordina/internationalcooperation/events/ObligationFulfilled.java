package org.coordina.internationalcooperation.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;

/** A report owed under an obligation was submitted; {@code late} when after its deadline. */
public record ObligationFulfilled(UUID eventId, Instant occurredAt, UUID obligationId, long version, UUID occurrenceId,
        ReportingBody body, LocalDate dueOn, LocalDate submittedOn, String reference, boolean late) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return obligationId.toString();
    }
}
