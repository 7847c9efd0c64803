package org.coordina.internationalcooperation.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;

/** An agreement's validity ended: its last day was {@code validTo} (announced once). */
public record AgreementExpired(UUID eventId, Instant occurredAt, UUID agreementId, long version, String titleBg,
        String titleEn, LocalDate validTo) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return agreementId.toString();
    }
}
