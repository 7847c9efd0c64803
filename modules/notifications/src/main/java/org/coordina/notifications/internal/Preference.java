package org.coordina.notifications.internal;

/**
 * How a user wants to be told: by mail at once, in a daily digest or never, and in which language.
 *
 * @param delivery how mails go out
 * @param language the language of notifications and mails
 * @param version the preference's version (0 while the defaults hold)
 */
public record Preference(Delivery delivery, Language language, long version) {

    /** What holds until a user chooses: mail at once, in Bulgarian. */
    static final Preference DEFAULT = new Preference(Delivery.IMMEDIATE, Language.BG, 0);
}
