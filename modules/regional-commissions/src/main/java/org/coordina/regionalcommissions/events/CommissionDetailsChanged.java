package org.coordina.regionalcommissions.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.ModuleEvent;

/** A commission's core data (names, city, region, chair, founding act) changed; carries the new public values. */
public record CommissionDetailsChanged(UUID eventId, Instant occurredAt, UUID commissionId, long version, CommissionCode code,
        String nameBg, String nameEn, String city, String region) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return commissionId.toString();
    }
}
