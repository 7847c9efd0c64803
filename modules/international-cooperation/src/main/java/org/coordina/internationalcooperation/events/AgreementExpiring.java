package org.coordina.internationalcooperation.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;

/** An agreement in force ends within the configured number of days (announced once). */
public record AgreementExpiring(UUID eventId, Instant occurredAt, UUID agreementId, long version, String titleBg,
        String titleEn, LocalDate validTo, long daysLeft) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return agreementId.toString();
    }
}
