package org.coordina.annualplanning.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;

/** The planning cycle of a year was closed and frozen; unfinished activities went to the next year's backlog. */
public record PlanningCycleClosed(UUID eventId, Instant occurredAt, UUID cycleId, long version, int year,
        int activitiesCarriedOver) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return cycleId.toString();
    }
}
