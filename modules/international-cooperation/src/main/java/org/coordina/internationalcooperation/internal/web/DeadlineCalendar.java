package org.coordina.internationalcooperation.internal.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.coordina.internationalcooperation.internal.DeadlineEntry;
import org.coordina.sharedkernel.web.ICalendarLines;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the reporting deadlines as an RFC 5545 calendar: one all-day VEVENT per deadline ({@code DTSTART;VALUE=DATE}
 * and the next day as {@code DTEND}), whose {@code UID} is made from the deadline's id, so that calendar programs
 * update the same event on every download; free time ({@code TRANSP:TRANSPARENT}).
 */
@Component
class DeadlineCalendar {

    /** The domain of the events' UIDs: a deadline's UID is {@code <occurrence id>@internationalcooperation.coordina}. */
    static final String UID_DOMAIN = "internationalcooperation.coordina";

    private static final Locale BULGARIAN = Locale.forLanguageTag("bg");

    private static final List<Locale> LANGUAGES = List.of(BULGARIAN, Locale.ENGLISH);

    private final MessageSource messages;

    DeadlineCalendar(MessageSource messages) {
        this.messages = messages;
    }

    static String uid(UUID occurrence) {
        return occurrence + "@" + UID_DOMAIN;
    }

    /** The calendar of these deadlines in this language, stamped with this instant. */
    String write(List<DeadlineEntry> deadlines, Locale locale, Instant now) {
        var out = new ICalendarLines().add("BEGIN:VCALENDAR").add("VERSION:2.0")
                .add("PRODID:-//Coordina//International cooperation//EN").add("CALSCALE:GREGORIAN")
                .add("METHOD:PUBLISH")
                .add("X-WR-CALNAME:" + ICalendarLines.text(word(locale, "calendar.name")));
        for (var deadline : deadlines) {
            var title = bulgarian(locale) ? deadline.titleBg() : deadline.titleEn();
            out.add("BEGIN:VEVENT")
                    .add("UID:" + uid(deadline.occurrenceId()))
                    .add("DTSTAMP:" + ICalendarLines.utc(now))
                    .add("DTSTART;VALUE=DATE:" + ICalendarLines.date(deadline.dueOn()))
                    .add("DTEND;VALUE=DATE:" + ICalendarLines.date(deadline.dueOn().plusDays(1)))
                    .add("SUMMARY;LANGUAGE=" + locale.getLanguage() + ":"
                            + ICalendarLines.text(word(locale, "body." + deadline.body()) + ": " + title))
                    .add("DESCRIPTION:" + ICalendarLines.text(description(deadline, locale)))
                    .add("TRANSP:TRANSPARENT")
                    .add("LAST-MODIFIED:" + ICalendarLines.utc(deadline.lastModifiedAt()))
                    .add("END:VEVENT");
        }
        return out.add("END:VCALENDAR").toString();
    }

    private String description(DeadlineEntry deadline, Locale locale) {
        var text = new StringBuilder(word(locale, "calendar.status")).append(": ")
                .append(word(locale, "occurrence." + deadline.status()));
        if (deadline.legalBasis() != null) {
            text.append('\n').append(word(locale, "calendar.legalBasis")).append(": ").append(deadline.legalBasis());
        }
        if (deadline.responsibleUnit() != null) {
            text.append('\n').append(word(locale, "calendar.responsible")).append(": ")
                    .append(deadline.responsibleUnit());
        }
        return text.toString();
    }

    /** The language of an {@code Accept-Language} header: Bulgarian unless English is preferred. */
    static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return BULGARIAN;
        }
        try {
            var match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return match == null ? BULGARIAN : match;
        }
        catch (IllegalArgumentException ex) {
            return BULGARIAN;
        }
    }

    private static boolean bulgarian(Locale locale) {
        return "bg".equals(locale.getLanguage());
    }

    private String word(Locale locale, String key) {
        return messages.getMessage("internationalcooperation." + key, null, locale);
    }
}
