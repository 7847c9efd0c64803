package org.coordina.annualplanning.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/**
 * Closing a cycle put an unfinished activity in the next year's backlog as a proposal for the same owner.
 * {@code version} is the version of the proposal.
 */
public record ActivityCarriedOver(UUID eventId, Instant occurredAt, UUID activityId, long version, int fromYear,
        int toYear, Party owner, UUID proposalId, ActivityStatus lastStatus) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return activityId.toString();
    }
}
