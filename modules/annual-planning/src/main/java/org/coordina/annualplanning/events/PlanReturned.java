package org.coordina.annualplanning.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/** The national administration returned a submitted plan to its owner, with the reasons. */
public record PlanReturned(UUID eventId, Instant occurredAt, UUID planId, long version, int year, Party owner,
        String reasons) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return planId.toString();
    }
}
