package org.coordina.annualplanning.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/** The owner updated one activity's progress in a quarter's report (status and people reached). */
public record ActivityProgressReported(UUID eventId, Instant occurredAt, UUID progressId, long version,
        UUID activityId, int year, Party owner, int quarter, ActivityStatus status, Integer peopleReached) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return progressId.toString();
    }
}
