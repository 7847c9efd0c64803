package org.coordina.annualplanning.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/** A quarterly progress entry reported an activity as completed. {@code version} is the progress entry's. */
public record ActivityCompleted(UUID eventId, Instant occurredAt, UUID activityId, long version, int year,
        Party owner, int quarter) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return activityId.toString();
    }
}
