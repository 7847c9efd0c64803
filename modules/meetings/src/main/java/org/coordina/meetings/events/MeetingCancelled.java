package org.coordina.meetings.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/** A planned meeting was cancelled, with the reason. */
public record MeetingCancelled(UUID eventId, Instant occurredAt, UUID meetingId, long version, Party organiser,
        int sequence, String reason) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return meetingId.toString();
    }
}
