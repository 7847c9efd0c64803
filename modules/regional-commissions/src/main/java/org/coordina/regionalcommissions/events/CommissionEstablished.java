package org.coordina.regionalcommissions.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.ModuleEvent;

/** A local commission was established (or first registered in Coordina). */
public record CommissionEstablished(UUID eventId, Instant occurredAt, UUID commissionId, long version, CommissionCode code,
        String nameBg, String nameEn, String city, String region, LocalDate establishedOn, CommissionStatus status) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return commissionId.toString();
    }
}
