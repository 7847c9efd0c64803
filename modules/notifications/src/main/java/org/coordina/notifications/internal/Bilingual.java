package org.coordina.notifications.internal;

/**
 * A text an event carries in both languages (a meeting's or obligation's title), picked by the reader's language.
 *
 * @param bg the Bulgarian text
 * @param en the English text
 */
record Bilingual(String bg, String en) {

    /** The text in this language, the other one when it is missing. */
    String in(Language language) {
        var text = language == Language.EN ? en : bg;
        return text == null || text.isBlank() ? (language == Language.EN ? bg : en) : text;
    }
}
