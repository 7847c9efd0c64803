package org.coordina.annualplanning.internal.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the exports (column headers, statuses) from the module's message bundles, in Bulgarian
 * unless the request's {@code Accept-Language} prefers English.
 */
@Component
class ExportLabels {

    static final Locale BULGARIAN = Locale.forLanguageTag("bg");

    private static final List<Locale> LANGUAGES = List.of(BULGARIAN, Locale.ENGLISH);

    private final MessageSource messages;

    ExportLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The language of an export: the best of Bulgarian and English by the header, Bulgarian without one. */
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

    /** The headers of these columns ({@code annualplanning.export.<key>}). */
    List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys).map(key -> word(locale, key)).toList();
    }

    /** A word of the exports ({@code annualplanning.export.<key>}). */
    String word(Locale locale, String key) {
        return messages.getMessage("annualplanning.export." + key, null, locale);
    }

    /** A status or state, e.g. {@code status.COMPLETED}, {@code report.OVERDUE}. */
    String of(Locale locale, String kind, Enum<?> value) {
        return value == null ? null : word(locale, kind + "." + value.name());
    }
}
