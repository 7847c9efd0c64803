package org.coordina.regionalcommissions.events;

import java.time.Instant;
import java.util.UUID;

/** A commission was suspended, reactivated or dissolved. */
public record CommissionStatusChanged(UUID eventId, Instant occurredAt, UUID commissionId, long version, String code,
        CommissionStatus previousStatus, CommissionStatus status) {
}
