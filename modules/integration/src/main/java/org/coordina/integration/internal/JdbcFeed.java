package org.coordina.integration.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feed's table. An event is appended without a position, in the transaction that publishes it; the sequencer
 * gives committed events their positions, one round at a time under a transaction-level advisory lock, so positions
 * become visible in the order they were given: a reader that saw position n has seen every event before n (ADR 10).
 */
@Repository
class JdbcFeed {

    /** An arbitrary, fixed key naming the sequencer's lock among the advisory locks ("CoordFee"). */
    static final long SEQUENCER_LOCK = 0x436F6F7264466565L;

    private final JdbcClient jdbc;

    JdbcFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends an event, still without a position, unless it is there (a redelivery); tells whether it was new. */
    boolean append(UUID eventId, EventType type, String subject, Instant occurredAt, String data, Instant recordedAt) {
        return jdbc.sql("""
                insert into integration.feed_event (event_id, type, source, subject, occurred_at, data, recorded_at)
                values (:eventId, :type, :source, :subject, :occurredAt, cast(:data as jsonb), :recordedAt)
                on conflict (event_id) do nothing""")
                .param("eventId", eventId).param("type", type.type()).param("source", type.source())
                .param("subject", subject).param("occurredAt", Timestamp.from(occurredAt)).param("data", data)
                .param("recordedAt", Timestamp.from(recordedAt)).update() == 1;
    }

    /**
     * Gives at most {@code max} committed events without a position the next positions, in the order they arrived;
     * answers how many. Must run in a transaction, which the lock lasts for: one round at a time across instances, so
     * a round's positions become visible only after every smaller one.
     */
    int sequence(int max) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", SEQUENCER_LOCK).query((row, number) -> 1).single();
        return jdbc.sql("""
                with tail as (select coalesce(max(position), 0) as last from integration.feed_event),
                     arrived as (select arrival, row_number() over (order by arrival) as n
                                 from integration.feed_event where position is null order by arrival limit :max)
                update integration.feed_event event
                set position = tail.last + arrived.n, sequenced_at = clock_timestamp()
                from tail, arrived where event.arrival = arrived.arrival""")
                .param("max", max).update();
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
