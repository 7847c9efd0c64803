package org.coordina.notifications.internal;

import java.util.Locale;

/** The languages Coordina speaks; Bulgarian unless a user chose English. */
public enum Language {
    BG, EN;

    /** The locale the message bundles are read in. */
    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The ISO code, as stored ({@code bg}, {@code en}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a stored code; Bulgarian for anything unknown. */
    static Language of(String code) {
        return "en".equalsIgnoreCase(code) ? EN : BG;
    }
}
