package org.coordina.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notices, written in both languages with their audience: an account that the projection learns of after an
 * event (events of different modules arrive in any order; the demo opens accounts while its plans and meetings
 * are being created) catches up on the recent notices meant for it, in the application.
 */
@Repository
class JdbcNotices {

    private final JdbcClient jdbc;

    JdbcNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a notice once (a redelivered event changes nothing). */
    void keep(Notice notice, Rendered bg, Rendered en, Instant now) {
        jdbc.sql("""
                INSERT INTO notifications.notice (event_id, kind, title_bg, body_bg, title_en, body_en, link, calendar_bg,
                    calendar_en, national_roles, local_roles, commissions, created_at)
                VALUES (:eventId, :kind, :titleBg, :bodyBg, :titleEn, :bodyEn, :link, :calendarBg, :calendarEn,
                    :nationalRoles, :localRoles, :commissions, :now)
                ON CONFLICT (event_id) DO NOTHING
                """).param("eventId", notice.eventId()).param("kind", notice.kind().name())
                .param("titleBg", bg.title()).param("bodyBg", bg.body()).param("titleEn", en.title())
                .param("bodyEn", en.body()).param("link", notice.link()).param("calendarBg", bg.calendar())
                .param("calendarEn", en.calendar())
                .param("nationalRoles", joined(notice.audience().nationalRoles().stream().map(Enum::name).toList()))
                .param("localRoles", joined(notice.audience().localRoles().stream().map(Enum::name).toList()))
                .param("commissions", joined(notice.audience().commissions())).param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Gives an account the notices since {@code since} that its role (and commission) would have brought it, in its
     * language, unless it has them; in the application only (no mail about the past). How many it got.
     */
    int catchUp(String username, Instant since, Instant now) {
        return jdbc.sql("""
                INSERT INTO notifications.notification (id, event_id, recipient, kind, language, title, body, link,
                    calendar, created_at)
                SELECT gen_random_uuid(), n.event_id, a.username, n.kind, COALESCE(p.language, 'bg'),
                    CASE WHEN p.language = 'en' THEN n.title_en ELSE n.title_bg END,
                    CASE WHEN p.language = 'en' THEN n.body_en ELSE n.body_bg END, n.link,
                    CASE WHEN p.language = 'en' THEN n.calendar_en ELSE n.calendar_bg END, :now
                FROM notifications.notice n
                JOIN notifications.known_account a ON a.username = :username AND a.enabled
                LEFT JOIN notifications.preference p ON p.username = a.username
                WHERE n.created_at >= :since
                  AND (a.role = ANY (string_to_array(n.national_roles, ','))
                       OR (a.role = ANY (string_to_array(n.local_roles, ','))
                           AND a.commission_code = ANY (string_to_array(n.commissions, ','))))
                ON CONFLICT (event_id, recipient) DO NOTHING
                """).param("username", username).param("since", Timestamp.from(since)).param("now", Timestamp.from(now))
                .update();
    }

    private static String joined(Collection<String> values) {
        return String.join(",", values.stream().sorted().toList());
    }

    /**
     * A notice written in one language.
     *
     * @param title its title
     * @param body its text
     * @param calendar its {@code .ics}, or {@code null}
     */
    record Rendered(String title, String body, String calendar) {
    }
}
