package org.coordina.integration.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

/** The HTTP feed: appends the events this module receives and reads them back in the order they were sequenced. */
@Service
public class EventFeed {

    private final JdbcFeed feed;

    private final FeedSignal signal;

    private final FeedSequencer sequencer;

    private final JsonMapper json;

    private final Clock clock;

    private final Duration pollInterval;

    EventFeed(JdbcFeed feed, FeedSignal signal, FeedSequencer sequencer, JsonMapper json, Clock clock,
            FeedProperties properties) {
        this.feed = feed;
        this.signal = signal;
        this.sequencer = sequencer;
        this.json = json;
        this.clock = clock;
        this.pollInterval = properties.pollInterval();
    }

    /**
     * Appends an event for integrators, once however often it is delivered, in the caller's transaction; tells
     * whether it was new. It becomes readable when the sequencer has given it a position, just after the commit.
     */
    @Transactional
    public boolean append(ModuleEvent event) {
        boolean appended = feed.append(event.eventId(), EventType.of(event.getClass()), event.aggregateId(),
                event.occurredAt(), json.writeValueAsString(event), clock.instant());
        if (!appended) {
            return false;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // The sequencer can see it only once it has committed.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sequencer.request();
                }
            });
        } else {
            sequencer.request();
        }
        return true;
    }

    /**
     * The events after the query's cursor; when there are none yet, waits up to the query's wait for some (a
     * long-poll), then answers what there is, maybe nothing.
     */
    public FeedPage read(FeedQuery query) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(query.waitSeconds()).toNanos();
        while (true) {
            long seen = signal.generation();
            List<FeedEntry> entries = feed.read(query.after(), query.limit(), query.types());
            long remaining = deadline - System.nanoTime();
            if (!entries.isEmpty() || remaining <= 0) {
                return new FeedPage(entries, entries.isEmpty() ? query.after() : entries.get(entries.size() - 1).cursor());
            }
            signal.awaitAfter(seen, Duration.ofNanos(Math.min(remaining, pollInterval.toNanos())));
        }
    }
}
