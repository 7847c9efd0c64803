package org.coordina.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each user's delivery preference, versioned like any change a client makes. */
@Repository
class JdbcPreferences {

    private final JdbcClient jdbc;

    JdbcPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Preference> find(String username) {
        return jdbc.sql("SELECT delivery, language, version FROM notifications.preference WHERE username = :username")
                .param("username", username)
                .query((row, n) -> new Preference(Delivery.valueOf(row.getString("delivery")),
                        Language.of(row.getString("language")), row.getLong("version")))
                .optional();
    }

    /** Saves the preference as version {@code expected + 1}; false when the stored one is not at {@code expected}. */
    boolean save(String username, Delivery delivery, Language language, long expected, Instant now) {
        return jdbc.sql("""
                INSERT INTO notifications.preference (username, delivery, language, version, changed_at)
                VALUES (:username, :delivery, :language, :next, :now)
                ON CONFLICT (username) DO UPDATE
                SET delivery = EXCLUDED.delivery, language = EXCLUDED.language, version = EXCLUDED.version,
                    changed_at = EXCLUDED.changed_at
                WHERE notifications.preference.version = :expected
                """).param("username", username).param("delivery", delivery.name()).param("language", language.code())
                .param("next", expected + 1).param("expected", expected).param("now", Timestamp.from(now)).update() > 0;
    }
}
