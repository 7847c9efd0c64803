package org.coordina.meetings.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.sharedkernel.domain.Party;

/** A meeting as a calendar shows it: what, when (local times in their zone), where, and whether it still takes place. */
public record CalendarEntry(UUID id, String titleBg, String titleEn, MeetingKind kind, Party organiser,
        MeetingFormat format, String place, String onlineLink, LocalDateTime startsAt, LocalDateTime endsAt,
        String zoneId, MeetingStatus status, int sequence, String cancelReason, Instant lastModifiedAt) {

    /** The calendar's view of a loaded meeting. */
    public static CalendarEntry of(Meeting meeting) {
        return new CalendarEntry(meeting.getId(), meeting.getTitleBg(), meeting.getTitleEn(), meeting.getKind(),
                meeting.getOrganiser(), meeting.getFormat(), meeting.getPlace(), meeting.getOnlineLink(),
                meeting.getStartsAt(), meeting.getEndsAt(), meeting.getZoneId(), meeting.getStatus(),
                meeting.getSequence(), meeting.getCancelReason(), meeting.getAudit().getLastModifiedAt());
    }
}
