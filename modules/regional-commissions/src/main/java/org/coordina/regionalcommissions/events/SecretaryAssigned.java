package org.coordina.regionalcommissions.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.ModuleEvent;

/** A commission has a (new) secretary; the secretary's contact details stay inside the module. */
public record SecretaryAssigned(UUID eventId, Instant occurredAt, UUID commissionId, long version, CommissionCode code,
        String secretaryName) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return commissionId.toString();
    }
}
