package org.coordina.meetings.internal;

import java.time.LocalDateTime;
import java.util.UUID;

import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.sharedkernel.domain.Party;

/** A meeting in a list: what a calendar shows, read straight from the table. */
public record MeetingEntry(UUID id, String titleBg, String titleEn, MeetingKind kind, Party organiser,
        MeetingFormat format, LocalDateTime startsAt, LocalDateTime endsAt, String zoneId, MeetingStatus status,
        int sequence, long version) {
}
