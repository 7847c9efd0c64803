package org.coordina.annualplanning.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/** The national administration approved a plan; its quarterly reports can now be written. */
public record PlanApproved(UUID eventId, Instant occurredAt, UUID planId, long version, int year, Party owner,
        int activityCount) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return planId.toString();
    }
}
