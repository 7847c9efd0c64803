package org.coordina.annualplanning.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/** A plan was submitted for the national administration's review. */
public record PlanSubmitted(UUID eventId, Instant occurredAt, UUID planId, long version, int year, Party owner,
        int activityCount) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return planId.toString();
    }
}
