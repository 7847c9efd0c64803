package org.coordina.integration.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The feed's table in memory, for unit tests: appended events wait without a position until a round sequences them
 * in arrival order; event ids are unique.
 */
class FakeFeedStore extends JdbcFeed {

    final List<FeedEntry> arrived = new ArrayList<>();

    final List<FeedEntry> entries = new ArrayList<>();

    FakeFeedStore() {
        super(null);
    }

    @Override
    synchronized boolean append(UUID eventId, EventType type, String subject, Instant occurredAt, String data,
            Instant recordedAt) {
        if (arrived.stream().anyMatch(entry -> entry.eventId().equals(eventId))
                || entries.stream().anyMatch(entry -> entry.eventId().equals(eventId))) {
            return false;
        }
        arrived.add(new FeedEntry(0, eventId, type.type(), type.source(), subject, occurredAt, data));
        return true;
    }

    @Override
    synchronized int sequence(int max) {
        int count = Math.min(max, arrived.size());
        for (int i = 0; i < count; i++) {
            var next = arrived.remove(0);
            entries.add(new FeedEntry(entries.size() + 1, next.eventId(), next.type(), next.source(), next.subject(),
                    next.occurredAt(), next.data()));
        }
        return count;
    }

    @Override
    synchronized List<FeedEntry> read(FeedCursor after, int limit, Set<String> types) {
        return entries.stream().filter(entry -> entry.position() > after.position())
                .filter(entry -> types.isEmpty() || types.contains(entry.type())).limit(limit).toList();
    }
}
