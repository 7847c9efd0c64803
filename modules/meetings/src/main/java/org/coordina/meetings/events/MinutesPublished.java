package org.coordina.meetings.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/**
 * A meeting's minutes were published when it closed, or corrected afterwards ({@code correction}, with
 * the reason).
 */
public record MinutesPublished(UUID eventId, Instant occurredAt, UUID meetingId, long version, Party organiser,
        boolean correction, String reason) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return meetingId.toString();
    }
}
