package org.coordina.notifications.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.coordina.sharedkernel.web.ICalendarLines;

/**
 * The {@code .ics} attached to a meeting's notification, written from the event's data: one VEVENT whose UID is
 * the meeting's (the meetings module's calendars use the same), a REQUEST or, once called off, a CANCEL.
 */
final class MeetingCalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private MeetingCalendar() {
    }

    static String of(CalendarEntry entry, Language language, Instant stamp) {
        var lines = new ICalendarLines()
                .add("BEGIN:VCALENDAR")
                .add("VERSION:2.0")
                .add("PRODID:-//Coordina//Notifications//" + language.code().toUpperCase(java.util.Locale.ROOT))
                .add("METHOD:" + (entry.cancelled() ? "CANCEL" : "REQUEST"))
                .add("BEGIN:VEVENT")
                .add("UID:" + entry.meetingId() + "@coordina")
                .add("SEQUENCE:" + entry.sequence())
                .add("DTSTAMP:" + ICalendarLines.utc(stamp))
                .add("DTSTART;TZID=" + ICalendarLines.parameter(entry.zoneId()) + ":" + LOCAL.format(entry.startsAt()))
                .add("DTEND;TZID=" + ICalendarLines.parameter(entry.zoneId()) + ":" + LOCAL.format(entry.endsAt()))
                .add("SUMMARY:" + ICalendarLines.text(entry.title().in(language)))
                .add("STATUS:" + (entry.cancelled() ? "CANCELLED" : "CONFIRMED"))
                .add("END:VEVENT")
                .add("END:VCALENDAR");
        return lines.toString();
    }
}
