package org.coordina.integration.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The feed's table in memory, for unit tests of the service: positions in append order, unique event ids. */
class FakeFeedStore extends JdbcFeed {

    final List<FeedEntry> entries = new ArrayList<>();

    FakeFeedStore() {
        super(null);
    }

    @Override
    synchronized boolean append(UUID eventId, EventType type, String subject, Instant occurredAt, String data,
            Instant recordedAt) {
        if (entries.stream().anyMatch(entry -> entry.eventId().equals(eventId))) {
            return false;
        }
        entries.add(new FeedEntry(entries.size() + 1, eventId, type.type(), type.source(), subject, occurredAt, data));
        return true;
    }

    @Override
    synchronized List<FeedEntry> read(FeedCursor after, int limit, Set<String> types) {
        return entries.stream().filter(entry -> entry.position() > after.position())
                .filter(entry -> types.isEmpty() || types.contains(entry.type())).limit(limit).toList();
    }
}
