package org.coordina.notifications.internal;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A meeting as an {@code .ics} attachment describes it: the same UID and a rising sequence for every change, so a
 * calendar replaces its entry instead of adding one.
 *
 * @param meetingId the meeting
 * @param sequence how often it was rescheduled or cancelled
 * @param title its title in both languages
 * @param startsAt when it starts, in {@code zoneId}
 * @param endsAt when it ends, in {@code zoneId}
 * @param zoneId the zone its times are in
 * @param cancelled whether it is called off
 */
record CalendarEntry(UUID meetingId, int sequence, Bilingual title, LocalDateTime startsAt, LocalDateTime endsAt,
        String zoneId, boolean cancelled) {
}
