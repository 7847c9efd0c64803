package org.coordina.meetings.internal.web;

import java.time.LocalDateTime;
import java.util.UUID;

import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.meetings.internal.MeetingStatus;
import org.coordina.sharedkernel.domain.Party;

/** A meeting in the list. */
record MeetingSummary(UUID id, String titleBg, String titleEn, MeetingKind kind, Party organiser,
        MeetingFormat format, LocalDateTime startsAt, LocalDateTime endsAt, String zoneId, MeetingStatus status,
        int sequence, long version) {
}
