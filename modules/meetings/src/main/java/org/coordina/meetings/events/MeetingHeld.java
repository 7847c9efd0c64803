package org.coordina.meetings.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/** A meeting took place; carries its attendance figures (participants by attendance). */
public record MeetingHeld(UUID eventId, Instant occurredAt, UUID meetingId, long version, Party organiser,
        int participants, int present, int absent, int excused, int unknown) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return meetingId.toString();
    }
}
