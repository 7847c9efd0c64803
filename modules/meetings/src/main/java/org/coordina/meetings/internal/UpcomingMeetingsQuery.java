package org.coordina.meetings.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The meetings a commission's calendar feed shows: those it organises or is invited to that have not
 * ended yet, cancelled ones included (so that a subscribed calendar marks them cancelled), read with one
 * statement through the organiser and invited-code indexes.
 */
@Repository
public class UpcomingMeetingsQuery {

    /** More than a commission has in years; bounds the feed should data ever run away. */
    static final int LIMIT = 500;

    private static final Duration MAX_OFFSET = Duration.ofHours(18);

    private final JdbcClient jdbc;

    UpcomingMeetingsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The commission's meetings ending at or after this instant, soonest first (at most LIMIT); 404 for an unknown commission. */
    public List<CalendarEntry> of(CommissionCode code, Instant now) {
        var entries = jdbc.sql("SELECT m.id, m.title_bg, m.title_en, m.kind, m.organiser, m.format, m.place,"
                + " m.online_link, m.starts_at, m.ends_at, m.zone_id, m.status, m.sequence, m.cancel_reason,"
                + " m.last_modified_at FROM meetings.meeting m"
                + " WHERE (m.organiser = :code OR EXISTS (SELECT 1 FROM meetings.invited_commission i"
                + " WHERE i.meeting_id = m.id AND i.code = :code))"
                + " AND m.ends_at >= :earliest ORDER BY m.starts_at, m.id LIMIT " + LIMIT)
                .param("code", code.value())
                // Local times of any zone lie within 18 hours of UTC: a coarse bound the indexes can use, the
                // exact one (the end in the meeting's own zone) is checked below, not left to the database's
                // reading of Java's zone ids.
                .param("earliest", LocalDateTime.ofInstant(now, ZoneOffset.UTC).minus(MAX_OFFSET))
                .query((row, number) -> new CalendarEntry(row.getObject("id", UUID.class), row.getString("title_bg"),
                        row.getString("title_en"), MeetingKind.valueOf(row.getString("kind")),
                        new Party(row.getString("organiser")), MeetingFormat.valueOf(row.getString("format")),
                        row.getString("place"), row.getString("online_link"),
                        row.getTimestamp("starts_at").toLocalDateTime(), row.getTimestamp("ends_at").toLocalDateTime(),
                        row.getString("zone_id"), MeetingStatus.valueOf(row.getString("status")),
                        row.getInt("sequence"), row.getString("cancel_reason"),
                        instant(row.getTimestamp("last_modified_at"))))
                .stream()
                .filter(entry -> !entry.endsAt().atZone(ZoneId.of(entry.zoneId())).toInstant().isBefore(now))
                .sorted(Comparator.comparing((CalendarEntry entry) -> entry.startsAt().atZone(ZoneId.of(entry.zoneId()))
                        .toInstant()).thenComparing(CalendarEntry::id))
                .toList();
        if (entries.isEmpty() && !known(code)) {
            throw DomainProblem.notFound("meetings.commission.notFound", code.value());
        }
        return entries;
    }

    private boolean known(CommissionCode code) {
        return jdbc.sql("SELECT count(*) FROM meetings.known_commission WHERE code = :code")
                .param("code", code.value()).query(Long.class).single() > 0;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
