package org.coordina.meetings.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/**
 * A planned meeting moved. {@code sequence} counts the reschedulings (the first schedule is 0), as a
 * calendar's SEQUENCE does.
 */
public record MeetingRescheduled(UUID eventId, Instant occurredAt, UUID meetingId, long version, Party organiser,
        LocalDateTime startsAt, LocalDateTime endsAt, String zoneId, int sequence, String reason) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return meetingId.toString();
    }
}
