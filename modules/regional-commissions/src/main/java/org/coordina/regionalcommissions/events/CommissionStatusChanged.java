package org.coordina.regionalcommissions.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;

/** A commission was suspended, reactivated or dissolved. */
public record CommissionStatusChanged(UUID eventId, Instant occurredAt, UUID commissionId, long version, CommissionCode code,
        CommissionStatus previousStatus, CommissionStatus status) {
}
