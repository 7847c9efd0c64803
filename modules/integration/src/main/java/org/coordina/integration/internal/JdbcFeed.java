package org.coordina.integration.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feed's table. Appends take a transaction-level advisory lock before drawing their position, so positions
 * become visible in the order they were drawn: a reader that saw position n has seen every event before n (ADR 8).
 */
@Repository
class JdbcFeed {

    /** An arbitrary, fixed key naming the feed's append lock among the advisory locks ("CoordFee"). */
    static final long APPEND_LOCK = 0x436F6F7264466565L;

    private final JdbcClient jdbc;

    JdbcFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends an event unless it is there (a redelivery); must run in a transaction, which the lock lasts for. */
    boolean append(UUID eventId, EventType type, String subject, Instant occurredAt, String data, Instant recordedAt) {
        // The append's commit need not wait for the disk: the registry records the delivery in this transaction or a
        // later one, whose flush carries this one's (the log is written in order); a crash before that flush leaves
        // the publication incomplete, and the redelivery appends the event once (unique by id). Appends queue on the lock, so a
        // flush saved here is saved for every append behind it.
        jdbc.sql("set local synchronous_commit to off").update();
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", APPEND_LOCK).query((row, number) -> 1).single();
        return jdbc.sql("""
                insert into integration.feed_event (event_id, type, source, subject, occurred_at, data, recorded_at)
                values (:eventId, :type, :source, :subject, :occurredAt, cast(:data as jsonb), :recordedAt)
                on conflict (event_id) do nothing""")
                .param("eventId", eventId).param("type", type.type()).param("source", type.source())
                .param("subject", subject).param("occurredAt", Timestamp.from(occurredAt)).param("data", data)
                .param("recordedAt", Timestamp.from(recordedAt)).update() == 1;
    }

    /** At most {@code limit} events after {@code after}, of the given types (all when empty), in feed order. */
    List<FeedEntry> read(FeedCursor after, int limit, Set<String> types) {
        String typeFilter = types.isEmpty() ? "" : " and type in (:types)";
        var statement = jdbc.sql("""
                select position, event_id, type, source, subject, occurred_at, data::text as data
                from integration.feed_event where position > :after""" + typeFilter
                + " order by position limit :limit")
                .param("after", after.position()).param("limit", limit);
        if (!types.isEmpty()) {
            statement = statement.param("types", List.copyOf(types));
        }
        return statement.query((row, number) -> new FeedEntry(row.getLong("position"),
                row.getObject("event_id", UUID.class), row.getString("type"), row.getString("source"),
                row.getString("subject"), row.getTimestamp("occurred_at").toInstant(), row.getString("data"))).list();
    }
}
