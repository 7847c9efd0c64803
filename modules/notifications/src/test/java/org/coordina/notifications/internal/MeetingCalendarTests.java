package org.coordina.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The {@code .ics} of a meeting's notification: one event under the meeting's UID, requested or cancelled. */
class MeetingCalendarTests {

    final UUID meetingId = UUID.randomUUID();

    @Test
    void anInvitationRequestsTheMeetingInItsZoneInTheReadersLanguage() {
        var ics = MeetingCalendar.of(new CalendarEntry(meetingId, 0, new Bilingual("Среща; първа", "Meeting, first"),
                TestEvents.STARTS, TestEvents.STARTS.plusHours(3), "Europe/Sofia", false), Language.EN, TestEvents.AT);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("METHOD:REQUEST\r\n", "UID:" + meetingId + "@coordina\r\n", "SEQUENCE:0\r\n",
                        "DTSTAMP:20260410T080000Z\r\n", "DTSTART;TZID=Europe/Sofia:20260512T100000\r\n",
                        "DTEND;TZID=Europe/Sofia:20260512T130000\r\n", "SUMMARY:Meeting\\, first\r\n",
                        "STATUS:CONFIRMED\r\n", "PRODID:-//Coordina//Notifications//EN\r\n");
    }

    @Test
    void aCancellationCancelsTheSameEventWithAHigherSequence() {
        var ics = MeetingCalendar.of(new CalendarEntry(meetingId, 2, new Bilingual("Среща; първа", "Meeting"),
                TestEvents.STARTS, TestEvents.STARTS.plusHours(3), "Europe/Sofia", true), Language.BG, TestEvents.AT);
        assertThat(ics).contains("METHOD:CANCEL\r\n", "UID:" + meetingId + "@coordina\r\n", "SEQUENCE:2\r\n",
                "SUMMARY:Среща\\; първа\r\n", "STATUS:CANCELLED\r\n");
    }
}
