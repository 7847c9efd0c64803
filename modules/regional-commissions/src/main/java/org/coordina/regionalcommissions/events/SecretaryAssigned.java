package org.coordina.regionalcommissions.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;

/** A commission has a (new) secretary; the secretary's contact details stay inside the module. */
public record SecretaryAssigned(UUID eventId, Instant occurredAt, UUID commissionId, long version, CommissionCode code,
        String secretaryName) {
}
