package org.coordina.notifications.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.coordina.meetings.events.MeetingKind;
import org.coordina.sharedkernel.domain.Party;

/**
 * A meeting as this module knows it from {@code MeetingScheduled} and {@code MeetingRescheduled}: what a later
 * change or cancellation needs to name it and reach its audience.
 *
 * @param id the meeting
 * @param organiser who organises it
 * @param kind what kind of meeting it is
 * @param title its title in both languages
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param zoneId the zone of its times
 * @param invited the invited commissions' codes
 */
record KnownMeeting(UUID id, Party organiser, MeetingKind kind, Bilingual title, LocalDateTime startsAt,
        LocalDateTime endsAt, String zoneId, List<String> invited) {

    KnownMeeting {
        invited = List.copyOf(invited);
    }
}
