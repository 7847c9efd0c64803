package org.coordina.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mail outbox: a row per notification that has an address to go to, pending until it is sent (retried with
 * backoff, never dropped) or skipped because its recipient wants no mail.
 */
@Repository
class JdbcOutbox {

    private static final String ENTRY = "SELECT o.notification_id, o.recipient, a.email, n.language, n.title, n.body,"
            + " n.link, n.calendar, o.attempts FROM notifications.mail_outbox o"
            + " JOIN notifications.notification n ON n.id = o.notification_id"
            + " JOIN notifications.known_account a ON a.username = o.recipient"
            + " LEFT JOIN notifications.preference p ON p.username = o.recipient";

    private final JdbcClient jdbc;

    JdbcOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a notification's mail, to go at once (or with the next digest). */
    void enqueue(UUID notificationId, String recipient, Instant now) {
        jdbc.sql("INSERT INTO notifications.mail_outbox (notification_id, recipient, status, next_attempt_at)"
                + " VALUES (:id, :recipient, 'PENDING', :now) ON CONFLICT (notification_id) DO NOTHING")
                .param("id", notificationId).param("recipient", recipient).param("now", Timestamp.from(now)).update();
    }

    /** Skips the pending mails of recipients who want none, or whose account is disabled or has no address. */
    int skipUnwanted(Instant now) {
        return jdbc.sql("""
                UPDATE notifications.mail_outbox o SET status = 'SKIPPED', sent_at = :now
                WHERE o.status = 'PENDING' AND (
                    EXISTS (SELECT 1 FROM notifications.preference p WHERE p.username = o.recipient AND p.delivery = 'NEVER')
                    OR NOT EXISTS (SELECT 1 FROM notifications.known_account a WHERE a.username = o.recipient
                                   AND a.enabled AND a.email IS NOT NULL))
                """).param("now", Timestamp.from(now)).update();
    }

    /**
     * The pending mails due now of recipients who want them at once, oldest first, locked against another
     * sender (rows another transaction holds are skipped).
     */
    List<OutboxEntry> dueImmediate(Instant now, int limit) {
        return jdbc.sql(ENTRY + " WHERE o.status = 'PENDING' AND o.next_attempt_at <= :now"
                + " AND COALESCE(p.delivery, 'IMMEDIATE') = 'IMMEDIATE'"
                + " ORDER BY o.next_attempt_at, o.notification_id LIMIT :limit FOR UPDATE OF o SKIP LOCKED")
                .param("now", Timestamp.from(now)).param("limit", limit).query(JdbcOutbox::entry).list();
    }

    /** The pending mails of recipients who want a daily digest, by recipient and age, locked against another sender. */
    List<OutboxEntry> dueDigest(Instant now) {
        return jdbc.sql(ENTRY + " WHERE o.status = 'PENDING' AND o.next_attempt_at <= :now AND p.delivery = 'DAILY_DIGEST'"
                + " ORDER BY o.recipient, n.created_at, o.notification_id FOR UPDATE OF o SKIP LOCKED")
                .param("now", Timestamp.from(now)).query(JdbcOutbox::entry).list();
    }

    void markSent(UUID notificationId, Instant now) {
        jdbc.sql("UPDATE notifications.mail_outbox SET status = 'SENT', sent_at = :now, last_error = NULL"
                + " WHERE notification_id = :id").param("now", Timestamp.from(now)).param("id", notificationId).update();
    }

    /** Records a failed attempt; the mail stays pending and is tried again at {@code next}. */
    void retryAt(UUID notificationId, int attempts, Instant next, String error) {
        jdbc.sql("UPDATE notifications.mail_outbox SET attempts = :attempts, next_attempt_at = :next, last_error = :error"
                + " WHERE notification_id = :id").param("attempts", attempts).param("next", Timestamp.from(next))
                .param("error", error == null ? null : error.substring(0, Math.min(error.length(), 500)))
                .param("id", notificationId).update();
    }

    /** The accounts whose mails failed at least this often in a row, with their latest error, by username. */
    List<FailingAddress> failing(int attempts) {
        return jdbc.sql("""
                SELECT o.recipient, max(o.attempts) AS attempts, max(o.last_error) AS last_error
                FROM notifications.mail_outbox o
                WHERE o.status = 'PENDING' AND o.attempts >= :attempts
                GROUP BY o.recipient ORDER BY o.recipient
                """).param("attempts", attempts)
                .query((row, n) -> new FailingAddress(row.getString("recipient"), row.getInt("attempts"),
                        row.getString("last_error")))
                .list();
    }

    /** Those of these accounts whose mails failed at least this often in a row (the recipient index's rows). */
    java.util.Set<String> failingAmong(java.util.Collection<String> usernames, int attempts) {
        return new java.util.HashSet<>(jdbc.sql("""
                SELECT DISTINCT o.recipient FROM notifications.mail_outbox o
                WHERE o.status = 'PENDING' AND o.recipient IN (:usernames) AND o.attempts >= :attempts
                """).param("usernames", usernames).param("attempts", attempts).query(String.class).list());
    }

    private static OutboxEntry entry(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new OutboxEntry(row.getObject("notification_id", UUID.class), row.getString("recipient"),
                row.getString("email"), Language.of(row.getString("language")), row.getString("title"),
                row.getString("body"), row.getString("link"), row.getString("calendar"), row.getInt("attempts"));
    }
}
