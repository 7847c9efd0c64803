package org.coordina.meetings.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/**
 * A meeting was scheduled. Start and end are local date-times in the zone {@code zoneId};
 * {@code followUpOf} is the meeting this one follows up, if any.
 */
public record MeetingScheduled(UUID eventId, Instant occurredAt, UUID meetingId, long version, Party organiser,
        MeetingKind kind, MeetingFormat format, String titleBg, String titleEn, LocalDateTime startsAt,
        LocalDateTime endsAt, String zoneId, List<CommissionCode> invited, UUID followUpOf) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return meetingId.toString();
    }
}
