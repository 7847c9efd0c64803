package org.coordina.regionalcommissions.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.ModuleEvent;

/** A commission was suspended, reactivated or dissolved. */
public record CommissionStatusChanged(UUID eventId, Instant occurredAt, UUID commissionId, long version, CommissionCode code,
        CommissionStatus previousStatus, CommissionStatus status) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return commissionId.toString();
    }
}
