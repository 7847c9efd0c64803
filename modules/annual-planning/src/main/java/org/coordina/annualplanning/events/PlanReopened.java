package org.coordina.annualplanning.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/** The national administration reopened an approved plan for changes, with the reason. */
public record PlanReopened(UUID eventId, Instant occurredAt, UUID planId, long version, int year, Party owner,
        String reason) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return planId.toString();
    }
}
