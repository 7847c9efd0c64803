package org.coordina.internationalcooperation.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;

/** An agreement was signed and is in force from its start date. */
public record AgreementSigned(UUID eventId, Instant occurredAt, UUID agreementId, long version, AgreementKind kind,
        String titleBg, String titleEn, List<UUID> partnerIds, LocalDate signedOn, LocalDate validFrom, LocalDate validTo) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return agreementId.toString();
    }
}
