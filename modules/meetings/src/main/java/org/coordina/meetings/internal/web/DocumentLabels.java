package org.coordina.meetings.internal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.coordina.sharedkernel.domain.Party;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the minutes and the calendar (headings, kinds, roles, attendance) from the module's message
 * bundles, in Bulgarian unless the request's {@code Accept-Language} prefers English.
 */
@Component
class DocumentLabels {

    static final Locale BULGARIAN = Locale.forLanguageTag("bg");

    private static final List<Locale> LANGUAGES = List.of(BULGARIAN, Locale.ENGLISH);

    private final MessageSource messages;

    DocumentLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The language of a document: the best of Bulgarian and English by the header, Bulgarian without one. */
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

    static boolean isBulgarian(Locale locale) {
        return BULGARIAN.getLanguage().equals(locale.getLanguage());
    }

    /** The text of the language: Bulgarian or English. */
    static String pick(Locale locale, String bg, String en) {
        return isBulgarian(locale) ? bg : en;
    }

    /** A word of the documents ({@code meetings.document.<key>}). */
    String word(Locale locale, String key, Object... args) {
        return messages.getMessage("meetings.document." + key, args, locale);
    }

    /** The name of an enum's value, e.g. {@code kind.NATIONAL_MEETING}; empty for none. */
    String of(Locale locale, String kind, Enum<?> value) {
        return value == null ? "" : word(locale, kind + "." + value.name());
    }

    /** The national administration by name, a commission by its code. */
    String party(Locale locale, Party party) {
        return party.isNational() ? word(locale, "national") : party.value();
    }

    /** A date as people of the language write it (English the British way: 3 December 2020). */
    static String date(Locale locale, LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(isBulgarian(locale) ? locale : Locale.UK).format(date);
    }
}
