package org.coordina.annualplanning.events;

import org.coordina.sharedkernel.domain.Party;
import java.time.Instant;
import java.util.UUID;

/** The national administration approved a plan; its quarterly reports can now be written. */
public record PlanApproved(UUID eventId, Instant occurredAt, UUID planId, long version, int year, Party owner,
        int activityCount) {
}
