package org.coordina.annualplanning.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/**
 * An activity was added to a plan. {@code servesActivityId} is the national activity a local activity
 * serves, if any; {@code proposalId} the backlog proposal it was adopted from, if any.
 */
public record ActivityPlanned(UUID eventId, Instant occurredAt, UUID activityId, long version, UUID planId, int year,
        Party owner, String sectionCode, String titleBg, String titleEn, UUID servesActivityId,
        ActivityOrigin origin, UUID proposalId) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return activityId.toString();
    }
}
