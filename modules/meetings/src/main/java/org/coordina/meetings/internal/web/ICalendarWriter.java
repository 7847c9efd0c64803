package org.coordina.meetings.internal.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.coordina.meetings.internal.CalendarEntry;
import org.coordina.meetings.internal.MeetingStatus;
import org.coordina.sharedkernel.web.ICalendarLines;
import org.springframework.stereotype.Component;

/**
 * Writes meetings as an RFC 5545 calendar: one VEVENT per meeting, with local times in the meeting's zone
 * ({@code TZID}) and a VTIMEZONE for each zone, drawn from Java's current rules of that zone; a {@code UID}
 * made from the meeting's id, so that every download and every feed names the same event; {@code SEQUENCE}
 * the number of reschedules; {@code STATUS} CONFIRMED or CANCELLED. Texts are escaped and long lines folded
 * by the shared kernel's {@link ICalendarLines}.
 */
@Component
class ICalendarWriter {

    /** The domain of the events' UIDs: a meeting's UID is {@code <id>@meetings.coordina}. */
    static final String UID_DOMAIN = "meetings.coordina";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private static final Pattern WEB_LINK = Pattern.compile("https?://[^\\s\\p{Cntrl}\"<>\\\\^`{|}]+");

    /** Where zones' rules start: before any meeting, as calendar programs expect. */
    private static final int RULES_FROM = 1970;

    private final DocumentLabels labels;

    ICalendarWriter(DocumentLabels labels) {
        this.labels = labels;
    }

    /** The UID of a meeting's event: the same for every version of the meeting. */
    static String uid(UUID meeting) {
        return meeting + "@" + UID_DOMAIN;
    }

    /** A calendar of these meetings, in this language, stamped with this instant. */
    String write(List<CalendarEntry> meetings, Locale locale, String name, Instant now) {
        var out = new ICalendarLines();
        out.add("BEGIN:VCALENDAR").add("VERSION:2.0").add("PRODID:-//Coordina//Meetings//EN")
                .add("CALSCALE:GREGORIAN").add("METHOD:PUBLISH");
        out.add("X-WR-CALNAME:" + ICalendarLines.text(name));
        var zones = meetings.stream().map(CalendarEntry::zoneId).collect(Collectors.toCollection(LinkedHashSet::new));
        zones.forEach(zone -> timeZone(out, ZoneId.of(zone), now));
        meetings.forEach(meeting -> event(out, meeting, locale, now));
        return out.add("END:VCALENDAR").toString();
    }

    private void event(ICalendarLines out, CalendarEntry meeting, Locale locale, Instant now) {
        var tzid = ICalendarLines.parameter(meeting.zoneId());
        out.add("BEGIN:VEVENT")
                .add("UID:" + ICalendarLines.text(uid(meeting.id())))
                .add("DTSTAMP:" + ICalendarLines.utc(now))
                .add("DTSTART;TZID=" + tzid + ":" + LOCAL.format(meeting.startsAt()))
                .add("DTEND;TZID=" + tzid + ":" + LOCAL.format(meeting.endsAt()))
                .add("SEQUENCE:" + meeting.sequence())
                .add("STATUS:" + (meeting.status() == MeetingStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"))
                .add("SUMMARY;LANGUAGE=" + locale.getLanguage() + ":"
                        + ICalendarLines.text(DocumentLabels.pick(locale, meeting.titleBg(), meeting.titleEn())));
        var location = meeting.place() != null ? meeting.place() : meeting.onlineLink();
        if (location != null) {
            out.add("LOCATION:" + ICalendarLines.text(location));
        }
        if (meeting.onlineLink() != null && WEB_LINK.matcher(meeting.onlineLink()).matches()) {
            out.add("URL:" + meeting.onlineLink());
        }
        out.add("DESCRIPTION:" + ICalendarLines.text(description(meeting, locale)));
        if (meeting.lastModifiedAt() != null) {
            out.add("LAST-MODIFIED:" + ICalendarLines.utc(meeting.lastModifiedAt()));
        }
        out.add("END:VEVENT");
    }

    private String description(CalendarEntry meeting, Locale locale) {
        var text = new StringBuilder()
                .append(labels.of(locale, "kind", meeting.kind())).append('\n')
                .append(labels.word(locale, "organiser")).append(": ").append(labels.party(locale, meeting.organiser()))
                .append('\n')
                .append(labels.word(locale, "format")).append(": ").append(labels.of(locale, "format", meeting.format()));
        if (meeting.onlineLink() != null) {
            text.append('\n').append(labels.word(locale, "link")).append(": ").append(meeting.onlineLink());
        }
        if (meeting.status() == MeetingStatus.CANCELLED && meeting.cancelReason() != null) {
            text.append('\n').append(labels.word(locale, "cancelled")).append(": ").append(meeting.cancelReason());
        }
        return text.toString();
    }

    /** A VTIMEZONE of the zone's current rules (one STANDARD observance for a zone without changes). */
    private static void timeZone(ICalendarLines out, ZoneId zone, Instant now) {
        out.add("BEGIN:VTIMEZONE").add("TZID:" + ICalendarLines.text(zone.getId()));
        var rules = zone.getRules();
        var transitions = rules.getTransitionRules();
        if (transitions.isEmpty()) {
            var offset = rules.getOffset(now);
            observance(out, "STANDARD", LocalDateTime.of(RULES_FROM, 1, 1, 0, 0), offset, offset, null);
        }
        else {
            for (ZoneOffsetTransitionRule rule : transitions) {
                var transition = rule.createTransition(RULES_FROM);
                var kind = rule.getOffsetAfter().equals(rule.getStandardOffset()) ? "STANDARD" : "DAYLIGHT";
                observance(out, kind, transition.getDateTimeBefore(), rule.getOffsetBefore(), rule.getOffsetAfter(),
                        recurrence(rule));
            }
        }
        out.add("END:VTIMEZONE");
    }

    private static void observance(ICalendarLines out, String kind, LocalDateTime start, ZoneOffset from, ZoneOffset to,
            String recurrence) {
        out.add("BEGIN:" + kind).add("DTSTART:" + LOCAL.format(start)).add("TZOFFSETFROM:" + offset(from))
                .add("TZOFFSETTO:" + offset(to));
        if (recurrence != null) {
            out.add("RRULE:" + recurrence);
        }
        out.add("END:" + kind);
    }

    /** The yearly rule of a transition: a fixed day, or a weekday on or after (before) a day of the month. */
    static String recurrence(ZoneOffsetTransitionRule rule) {
        var month = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return month + ";BYMONTHDAY=" + day;
        }
        var weekday = rule.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2)
                .toUpperCase(Locale.ROOT);
        // Java stores "last Sunday" of a 31-day month as "Sunday on or after the 25th".
        if (day == -1 || rule.getMonth() != Month.FEBRUARY && day == rule.getMonth().maxLength() - 6) {
            return month + ";BYDAY=-1" + weekday;
        }
        if (day > 0 && (day - 1) % 7 == 0) {
            return month + ";BYDAY=" + ((day - 1) / 7 + 1) + weekday;
        }
        // The one weekday among seven days: on or after the day, or on or before the day counted from the end.
        var days = IntStream.range(0, 7).map(step -> day > 0 ? day + step : day - step).mapToObj(Integer::toString)
                .collect(Collectors.joining(","));
        return month + ";BYMONTHDAY=" + days + ";BYDAY=" + weekday;
    }

    static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int absolute = Math.abs(seconds);
        var text = String.format(Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", absolute / 3600,
                absolute / 60 % 60);
        return absolute % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", absolute % 60);
    }
}
