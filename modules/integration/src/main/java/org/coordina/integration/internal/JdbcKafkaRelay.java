package org.coordina.integration.internal;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Repository;

/**
 * The Kafka relay's cursor, and the feed read after it, on a connection of the relay's own. That connection holds a
 * session-level advisory lock for as long as it lives: the instance holding it is the one that relays, so no two
 * instances relay at once, and when it stops (or its connection breaks) another takes over from the cursor (ADR 11).
 */
@Repository
@ConditionalOnBooleanProperty("coordina.events.kafka.enabled")
class JdbcKafkaRelay extends JdbcKeptConnection implements KafkaRelay.Store {

    /** An arbitrary, fixed key naming the relay's lock among the advisory locks ("CoordKaf"). */
    static final long RELAY_LOCK = 0x436F6F72644B6166L;

    private static final String CHANNEL = "kafka";

    /** The kept connection that holds the lock, if any: a new connection must take it again. */
    private Connected leading;

    JdbcKafkaRelay(DataSource pool) {
        super(pool);
    }

    @Override
    public boolean lead() {
        return using(kept -> {
            if (kept == leading) {
                return true;
            }
            boolean locked = kept.jdbc().sql("select pg_try_advisory_lock(:key)").param("key", RELAY_LOCK)
                    .query(Boolean.class).single();
            if (locked) {
                leading = kept;
                // The first time Kafka is on, it starts with the events from now on; the feed has the earlier ones.
                kept.jdbc().sql("""
                        insert into integration.kafka_relay (channel, position, relayed_at)
                        select :channel, coalesce(max(position), 0), now() from integration.feed_event
                        on conflict (channel) do nothing""").param("channel", CHANNEL).update();
            }
            return locked;
        });
    }

    @Override
    public long cursor() {
        return using(kept -> kept.jdbc().sql("select position from integration.kafka_relay where channel = :channel")
                .param("channel", CHANNEL).query(Long.class).single());
    }

    @Override
    public List<FeedEntry> after(long position, int max) {
        return using(kept -> new JdbcFeed(kept.jdbc()).read(new FeedCursor(position), max, Set.of()));
    }

    @Override
    public void advance(long position) {
        using(kept -> kept.jdbc().sql("""
                update integration.kafka_relay set position = :position, relayed_at = now()
                where channel = :channel""").param("position", position).param("channel", CHANNEL).update());
    }
}
