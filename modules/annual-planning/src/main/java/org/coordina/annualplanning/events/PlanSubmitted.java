package org.coordina.annualplanning.events;

import org.coordina.sharedkernel.domain.Party;
import java.time.Instant;
import java.util.UUID;

/** A plan was submitted for the national administration's review. */
public record PlanSubmitted(UUID eventId, Instant occurredAt, UUID planId, long version, int year, Party owner,
        int activityCount) {
}
