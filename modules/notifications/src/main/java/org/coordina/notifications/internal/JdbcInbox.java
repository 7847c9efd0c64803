package org.coordina.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.coordina.sharedkernel.persistence.SqlPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notifications store: one row per event and recipient (the unique key makes a redelivered event a no-op),
 * read newest first through the recipient's index.
 */
@Repository
class JdbcInbox {

    private static final Map<String, String> COLUMNS = Map.of("createdAt", "created_at", "id", "id");

    private final JdbcClient jdbc;

    JdbcInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a notification unless this event already notified this recipient; whether it was stored. */
    boolean add(UUID id, UUID eventId, String recipient, NoticeKind kind, Language language, String title, String body,
            String link, String calendar, Instant now) {
        return jdbc.sql("""
                INSERT INTO notifications.notification
                    (id, event_id, recipient, kind, language, title, body, link, calendar, created_at)
                VALUES (:id, :eventId, :recipient, :kind, :language, :title, :body, :link, :calendar, :now)
                ON CONFLICT (event_id, recipient) DO NOTHING
                """).param("id", id).param("eventId", eventId).param("recipient", recipient).param("kind", kind.name())
                .param("language", language.code()).param("title", title).param("body", body).param("link", link)
                .param("calendar", calendar).param("now", Timestamp.from(now)).update() > 0;
    }

    /** A page of one recipient's notifications, newest first. */
    Page<NotificationEntry> page(String recipient, Pageable pageable) {
        var entries = jdbc.sql("SELECT id, kind, title, body, link, created_at, read_at FROM notifications.notification"
                + " WHERE recipient = :recipient" + SqlPage.clause(pageable, COLUMNS, "created_at DESC, id DESC"))
                .param("recipient", recipient)
                .query((row, n) -> new NotificationEntry(row.getObject("id", UUID.class),
                        NoticeKind.valueOf(row.getString("kind")), row.getString("title"), row.getString("body"),
                        row.getString("link"), row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("read_at") == null ? null : row.getTimestamp("read_at").toInstant()))
                .list();
        return PageableExecutionUtils.getPage(entries, pageable, () -> jdbc.sql(
                "SELECT count(*) FROM notifications.notification WHERE recipient = :recipient")
                .param("recipient", recipient).query(Long.class).single());
    }

    /** How many of a recipient's notifications are unread. */
    long unread(String recipient) {
        return jdbc.sql("SELECT count(*) FROM notifications.notification WHERE recipient = :recipient AND read_at IS NULL")
                .param("recipient", recipient).query(Long.class).single();
    }

    /** Marks one of the recipient's notifications read; whether the recipient has it at all. */
    boolean markRead(String recipient, UUID id, Instant now) {
        return jdbc.sql("UPDATE notifications.notification SET read_at = COALESCE(read_at, :now)"
                + " WHERE id = :id AND recipient = :recipient")
                .param("now", Timestamp.from(now)).param("id", id).param("recipient", recipient).update() > 0;
    }

    /** Marks all of the recipient's unread notifications read; how many. */
    int markAllRead(String recipient, Instant now) {
        return jdbc.sql("UPDATE notifications.notification SET read_at = :now WHERE recipient = :recipient"
                + " AND read_at IS NULL").param("now", Timestamp.from(now)).param("recipient", recipient).update();
    }

    /** Deletes the notifications read before this instant whose mail is not pending (sent mails go with them). */
    int purgeReadBefore(Instant before) {
        return jdbc.sql("DELETE FROM notifications.notification n WHERE n.read_at < :before AND NOT EXISTS"
                + " (SELECT 1 FROM notifications.mail_outbox o WHERE o.notification_id = n.id AND o.status = 'PENDING')")
                .param("before", Timestamp.from(before)).update();
    }
}
