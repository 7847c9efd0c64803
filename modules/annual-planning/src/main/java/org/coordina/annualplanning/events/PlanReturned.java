package org.coordina.annualplanning.events;

import java.time.Instant;
import java.util.UUID;

/** The national administration returned a submitted plan to its owner, with the reasons. */
public record PlanReturned(UUID eventId, Instant occurredAt, UUID planId, long version, int year, PlanOwner owner,
        String reasons) {
}
