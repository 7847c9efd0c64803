package org.coordina.annualplanning.internal;

import java.util.Locale;

/** A text in Bulgarian and in English, told apart by the reader's language (Bulgarian unless English). */
public record Localized(String bg, String en) {

    /** The text in this language: English for English, Bulgarian otherwise. */
    public String in(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : bg;
    }
}
