package org.coordina.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.coordina.sample.events.SampleAccessChanged;
import org.coordina.sample.events.SampleRecorded;
import org.coordina.sample.events.SampleWithdrawn;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

class EventFeedTests {

    final FakeFeedStore store = new FakeFeedStore();

    final FeedSignal signal = new FeedSignal();

    final FeedProperties properties = new FeedProperties(Duration.ofMillis(50), Duration.ofSeconds(1));

    final FeedSequencer sequencer = new FeedSequencer(store::sequence, signal, properties);

    final EventFeed feed = new EventFeed(store, signal, sequencer, JsonMapper.builder().build(),
            Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC), properties);

    final FeedListener listener = new FeedListener(feed);

    @Test
    void anAppendedEventIsStoredWithItsTypeSourceSubjectTimeAndJson() {
        var event = SampleRecorded.of(UUID.randomUUID(), 2, "stored");

        assertThat(feed.append(event)).isTrue();
        sequencer.sequenceAll();

        var entry = store.entries.get(0);
        assertThat(entry.eventId()).isEqualTo(event.eventId());
        assertThat(entry.type()).isEqualTo("org.coordina.sample.SampleRecorded.v1");
        assertThat(entry.source()).isEqualTo("/coordina/sample");
        assertThat(entry.subject()).isEqualTo(event.sampleId().toString());
        assertThat(entry.occurredAt()).isEqualTo(event.occurredAt());
        assertThat(entry.data()).contains("\"label\":\"stored\"").contains("\"version\":2")
                .doesNotContain("aggregateId");
    }

    @Test
    void aSecondAppendOfTheSameEventChangesNothing() {
        var event = SampleRecorded.of(UUID.randomUUID(), 1, "twice");

        assertThat(feed.append(event)).isTrue();
        assertThat(feed.append(event)).isFalse();
        sequencer.sequenceAll();
        assertThat(feed.append(event)).as("after sequencing too").isFalse();
        assertThat(store.entries).hasSize(1);
    }

    @Test
    void theListenerKeepsEventsForIntegratorsAndSkipsTheOthers() {
        var shown = SampleRecorded.of(UUID.randomUUID(), 1, "shown");

        listener.on(new SampleAccessChanged(UUID.randomUUID(), Instant.EPOCH, UUID.randomUUID(), "ivan.petrov"));
        listener.on(shown);
        sequencer.sequenceAll();

        assertThat(store.entries).extracting(FeedEntry::eventId).containsExactly(shown.eventId());
    }

    @Test
    void aReadReturnsThePageAfterTheCursorAndTheCursorOfItsLastEvent() throws Exception {
        for (int i = 1; i <= 5; i++) {
            feed.append(SampleRecorded.of(UUID.randomUUID(), i, "n" + i));
        }
        sequencer.sequenceAll();

        var page = feed.read(new FeedQuery(new FeedCursor(1), 3, Set.of(), 0));

        assertThat(page.entries()).extracting(FeedEntry::position).containsExactly(2L, 3L, 4L);
        assertThat(page.next()).isEqualTo(new FeedCursor(4));
    }

    @Test
    void aReadFiltersByTypeAndAnEmptyPageKeepsTheCursor() throws Exception {
        var sample = UUID.randomUUID();
        feed.append(SampleRecorded.of(sample, 1, "recorded"));
        feed.append(new SampleWithdrawn(UUID.randomUUID(), Instant.EPOCH, sample, 2));
        sequencer.sequenceAll();

        var withdrawn = feed.read(new FeedQuery(FeedCursor.START, 10,
                Set.of("org.coordina.sample.SampleWithdrawn.v1"), 0));
        var none = feed.read(new FeedQuery(new FeedCursor(2), 10, Set.of(), 0));

        assertThat(withdrawn.entries()).extracting(FeedEntry::position).containsExactly(2L);
        assertThat(none.entries()).isEmpty();
        assertThat(none.next()).isEqualTo(new FeedCursor(2));
    }

    @Test
    void aLongPollWaitsForAnEventAppendedMeanwhileAndReturnsIt() throws Exception {
        var poll = CompletableFuture.supplyAsync(() -> {
            try {
                return feed.read(new FeedQuery(FeedCursor.START, 10, Set.of(), 10));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertThat(poll).isNotDone();

        feed.append(SampleRecorded.of(UUID.randomUUID(), 1, "late"));
        Thread.sleep(200);
        assertThat(poll).as("not readable before it is sequenced").isNotDone();
        sequencer.sequenceAll();

        assertThat(poll.get(5, TimeUnit.SECONDS).entries()).hasSize(1);
    }

    @Test
    void aLongPollWithNothingArrivingReturnsEmptyAfterItsWait() throws Exception {
        long start = System.nanoTime();

        var page = feed.read(new FeedQuery(FeedCursor.START, 10, Set.of(), 1));

        assertThat(page.entries()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(950), Duration.ofSeconds(5));
    }

    @Test
    void aReadWithoutWaitReturnsAtOnce() throws Exception {
        long start = System.nanoTime();

        feed.read(new FeedQuery(FeedCursor.START, 10, Set.of(), 0));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void anAppendOutsideATransactionAsksForARoundAtOnce() {
        var running = new FeedSequencer(store::sequence, signal, new FeedProperties(Duration.ofMillis(50),
                Duration.ofMinutes(1)));
        var appending = new EventFeed(store, signal, running, JsonMapper.builder().build(), Clock.systemUTC(),
                properties);
        running.start();
        try {
            appending.append(SampleRecorded.of(UUID.randomUUID(), 1, "no transaction"));

            await().atMost(Duration.ofSeconds(5)).until(() -> store.entries.size() == 1);
        } finally {
            running.stop();
        }
    }

    @Test
    void anAppendInATransactionAsksForARoundOnlyOnceItHasCommitted() throws Exception {
        var running = new FeedSequencer(store::sequence, signal, new FeedProperties(Duration.ofMillis(50),
                Duration.ofMinutes(1)));
        var appending = new EventFeed(store, signal, running, JsonMapper.builder().build(), Clock.systemUTC(),
                properties);
        running.start();
        Thread.sleep(300); // the round at start is over
        TransactionSynchronizationManager.initSynchronization();
        try {
            appending.append(SampleRecorded.of(UUID.randomUUID(), 1, "in a transaction"));
            Thread.sleep(300);
            assertThat(store.entries).as("no round before the commit").isEmpty();

            TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);

            await().atMost(Duration.ofSeconds(5)).until(() -> store.entries.size() == 1);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
            running.stop();
        }
    }
}
