package org.coordina.notifications.internal;

import java.time.Clock;

import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One's own delivery preference: read, and changed at the version one read. */
@Service
@Transactional
public class Preferences {

    private final JdbcPreferences preferences;

    private final Clock clock;

    Preferences(JdbcPreferences preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Preference of(String username) {
        return preferences.find(username).orElse(Preference.DEFAULT);
    }

    public Preference change(String username, long expectedVersion, Delivery delivery, Language language) {
        var current = of(username);
        StaleVersions.require("Notification preference of " + username, current.version(), expectedVersion);
        if (current.delivery() == delivery && current.language() == language) {
            return current;
        }
        if (!preferences.save(username, delivery, language, expectedVersion, clock.instant())) {
            StaleVersions.require("Notification preference of " + username, of(username).version(), expectedVersion);
        }
        return new Preference(delivery, language, expectedVersion + 1);
    }
}
