package org.coordina.meetings.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.SqlPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The list of meetings and who each concerns, read with one SQL statement each into records instead of
 * loading the aggregates with their agenda, participants and outcomes. A commission's users see the
 * meetings it organises or is invited to (indexes on the organiser and on the invited codes); national
 * roles see all.
 */
@Repository
public class MeetingDirectory {

    private static final Map<String, String> COLUMNS = Map.of("id", "m.id", "startsAt", "m.starts_at", "titleBg",
            "m.title_bg", "titleEn", "m.title_en", "kind", "m.kind", "status", "m.status");

    private static final String SCOPE = " AND (m.organiser = :scope OR EXISTS (SELECT 1 FROM meetings.invited_commission i"
            + " WHERE i.meeting_id = m.id AND i.code = :scope))";

    private final JdbcClient jdbc;

    MeetingDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of meetings: those of a commission's scope (organised by it or inviting it) when a scope is
     * given, all otherwise; optionally only those of one status or one organiser.
     */
    public Page<MeetingEntry> page(Optional<CommissionCode> scope, MeetingStatus status, Party organiser,
            Pageable pageable) {
        var where = new StringBuilder(" WHERE 1 = 1");
        var params = new HashMap<String, Object>();
        scope.ifPresent(code -> {
            where.append(SCOPE);
            params.put("scope", code.value());
        });
        if (status != null) {
            where.append(" AND m.status = :status");
            params.put("status", status.name());
        }
        if (organiser != null) {
            where.append(" AND m.organiser = :organiser");
            params.put("organiser", organiser.value());
        }
        var entries = jdbc.sql("SELECT m.id, m.title_bg, m.title_en, m.kind, m.organiser, m.format, m.starts_at,"
                + " m.ends_at, m.zone_id, m.status, m.sequence, m.version FROM meetings.meeting m" + where
                + SqlPage.clause(pageable, COLUMNS, "m.starts_at DESC, m.id"))
                .params(params)
                .query((row, number) -> new MeetingEntry(row.getObject("id", UUID.class), row.getString("title_bg"),
                        row.getString("title_en"), MeetingKind.valueOf(row.getString("kind")),
                        new Party(row.getString("organiser")), MeetingFormat.valueOf(row.getString("format")),
                        row.getTimestamp("starts_at").toLocalDateTime(), row.getTimestamp("ends_at").toLocalDateTime(),
                        row.getString("zone_id"), MeetingStatus.valueOf(row.getString("status")),
                        row.getInt("sequence"), row.getLong("version")))
                .list();
        return PageableExecutionUtils.getPage(entries, pageable,
                () -> jdbc.sql("SELECT count(*) FROM meetings.meeting m" + where).params(params).query(Long.class)
                        .single());
    }

    /**
     * The next planned meetings from this local time on, nearest first, at most {@code limit}: a commission's scope
     * when given, all otherwise (the home page's "upcoming meetings"; the index on the start time serves it).
     */
    public List<MeetingEntry> upcoming(Optional<CommissionCode> scope, LocalDateTime from, int limit) {
        var params = new HashMap<String, Object>();
        params.put("from", from);
        params.put("limit", limit);
        params.put("status", MeetingStatus.PLANNED.name());
        scope.ifPresent(code -> params.put("scope", code.value()));
        return jdbc.sql("SELECT m.id, m.title_bg, m.title_en, m.kind, m.organiser, m.format, m.starts_at,"
                + " m.ends_at, m.zone_id, m.status, m.sequence, m.version FROM meetings.meeting m"
                + " WHERE m.starts_at >= :from AND m.status = :status" + (scope.isPresent() ? SCOPE : "")
                + " ORDER BY m.starts_at, m.id LIMIT :limit")
                .params(params)
                .query((row, number) -> new MeetingEntry(row.getObject("id", UUID.class), row.getString("title_bg"),
                        row.getString("title_en"), MeetingKind.valueOf(row.getString("kind")),
                        new Party(row.getString("organiser")), MeetingFormat.valueOf(row.getString("format")),
                        row.getTimestamp("starts_at").toLocalDateTime(), row.getTimestamp("ends_at").toLocalDateTime(),
                        row.getString("zone_id"), MeetingStatus.valueOf(row.getString("status")),
                        row.getInt("sequence"), row.getLong("version")))
                .list();
    }

    /**
     * A page of the calendar: the meetings of a commission's scope (all when none is given) that start from this local
     * time on ({@code upcoming}) or before it, optionally of one kind and one status; upcoming ones soonest first,
     * past ones latest first, unless the page asks for another order.
     */
    public Page<MeetingEntry> calendar(Optional<CommissionCode> scope, MeetingKind kind, MeetingStatus status,
            boolean upcoming, LocalDateTime now, Pageable pageable) {
        var where = new StringBuilder(upcoming ? " WHERE m.starts_at >= :now" : " WHERE m.starts_at < :now");
        var params = new HashMap<String, Object>();
        params.put("now", now);
        scope.ifPresent(code -> {
            where.append(SCOPE);
            params.put("scope", code.value());
        });
        if (kind != null) {
            where.append(" AND m.kind = :kind");
            params.put("kind", kind.name());
        }
        if (status != null) {
            where.append(" AND m.status = :status");
            params.put("status", status.name());
        }
        var entries = jdbc.sql("SELECT m.id, m.title_bg, m.title_en, m.kind, m.organiser, m.format, m.starts_at,"
                + " m.ends_at, m.zone_id, m.status, m.sequence, m.version FROM meetings.meeting m" + where
                + SqlPage.clause(pageable, COLUMNS, upcoming ? "m.starts_at, m.id" : "m.starts_at DESC, m.id"))
                .params(params)
                .query((row, number) -> entry(row))
                .list();
        return PageableExecutionUtils.getPage(entries, pageable,
                () -> jdbc.sql("SELECT count(*) FROM meetings.meeting m" + where).params(params).query(Long.class)
                        .single());
    }

    private static MeetingEntry entry(ResultSet row) throws SQLException {
        return new MeetingEntry(row.getObject("id", UUID.class), row.getString("title_bg"), row.getString("title_en"),
                MeetingKind.valueOf(row.getString("kind")), new Party(row.getString("organiser")),
                MeetingFormat.valueOf(row.getString("format")), row.getTimestamp("starts_at").toLocalDateTime(),
                row.getTimestamp("ends_at").toLocalDateTime(), row.getString("zone_id"),
                MeetingStatus.valueOf(row.getString("status")), row.getInt("sequence"), row.getLong("version"));
    }

    /** The organiser and invited commissions of a meeting, if it exists. */
    public Optional<AudienceEntry> audience(UUID id) {
        return jdbc.sql("SELECT m.organiser, ARRAY(SELECT i.code FROM meetings.invited_commission i"
                + " WHERE i.meeting_id = m.id) AS invited FROM meetings.meeting m WHERE m.id = :id")
                .param("id", id)
                .query((row, number) -> new AudienceEntry(new Party(row.getString("organiser")),
                        codes(row.getArray("invited"))))
                .optional();
    }

    private static Set<String> codes(Array array) throws SQLException {
        return Set.of((String[]) array.getArray());
    }
}
