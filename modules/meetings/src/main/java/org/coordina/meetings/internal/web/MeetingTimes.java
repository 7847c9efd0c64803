package org.coordina.meetings.internal.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A meeting's times on the pages ({@code @meetingTimes} in templates): a meeting keeps local times in its own zone,
 * the pages show them in Europe/Sofia, in the page's language, and name that zone beside them.
 */
@Component("meetingTimes")
class MeetingTimes {

    /** The zone every page shows times in. */
    static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

    /** "3 Dec 2020, 10:00 – 15:00" (the end's date too when it ends on another day), in Sofia's time. */
    public String range(LocalDateTime startsAt, LocalDateTime endsAt, String zoneId) {
        var start = inSofia(startsAt, zoneId);
        var end = inSofia(endsAt, zoneId);
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LocaleContextHolder.getLocale());
        var endText = start.toLocalDate().equals(end.toLocalDate()) ? time(end)
                : date.format(end) + ", " + time(end);
        return date.format(start) + ", " + time(start) + " – " + endText;
    }

    /** The date of a start, in Sofia. */
    public String date(LocalDateTime startsAt, String zoneId) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LocaleContextHolder.getLocale())
                .format(inSofia(startsAt, zoneId));
    }

    /** A session's planned time of day ("10:15"), in Sofia; empty when not planned. */
    public String time(LocalDateTime at, String zoneId) {
        return at == null ? "" : time(inSofia(at, zoneId));
    }

    /** The zone the pages name beside every time. */
    public String zone() {
        return SOFIA.getId();
    }

    private static String time(LocalDateTime at) {
        return DateTimeFormatter.ofPattern("HH:mm").format(at);
    }

    private static LocalDateTime inSofia(LocalDateTime at, String zoneId) {
        return at.atZone(ZoneId.of(zoneId)).withZoneSameInstant(SOFIA).toLocalDateTime();
    }
}
