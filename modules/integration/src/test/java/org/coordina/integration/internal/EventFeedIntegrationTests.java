package org.coordina.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.coordina.sample.events.SampleAccessChanged;
import org.coordina.sample.events.SampleRecorded;
import org.coordina.testsupport.EventPublications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The feed kept from the events the module receives: once per event, in commit order, never skipping one. */
@ApplicationModuleTest
@TestPropertySource(locations = "classpath:coordina-test.properties")
class EventFeedIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EventFeed feed;

    @Autowired
    JdbcFeed store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventPublicationRepository registry;

    @Test
    void anEventPublishedInATransactionReachesTheFeedAsItsJsonAndItsCloudEventsAttributes() throws Exception {
        var start = last();
        var event = SampleRecorded.of(UUID.randomUUID(), 3, "first");

        transactions.executeWithoutResult(status -> events.publishEvent(event));

        var entries = awaitAfter(start, 1);
        var entry = entries.get(0);
        assertThat(entry.eventId()).isEqualTo(event.eventId());
        assertThat(entry.type()).isEqualTo("org.coordina.sample.SampleRecorded.v1");
        assertThat(entry.source()).isEqualTo("/coordina/sample");
        assertThat(entry.subject()).isEqualTo(event.sampleId().toString());
        assertThat(entry.occurredAt()).isEqualTo(event.occurredAt());
        assertThat(entry.data()).contains("\"label\": \"first\"").contains("\"version\": 3")
                .doesNotContain("aggregateId").doesNotContain("externalized");
        new EventPublications(registry).awaitCompleted(SampleRecorded.class, "integration.feed",
                published -> published.eventId().equals(event.eventId()));
    }

    @Test
    void aRedeliveredEventIsKeptOnce() {
        var event = SampleRecorded.of(UUID.randomUUID(), 1, "twice");

        boolean first = transactions.execute(status -> feed.append(event));
        boolean second = transactions.execute(status -> feed.append(event));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(jdbc.sql("select count(*) from integration.feed_event where event_id = ?").param(event.eventId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEventNotForIntegratorsIsLeftOutButItsPublicationCompletes() throws Exception {
        var hidden = new SampleAccessChanged(UUID.randomUUID(), SampleRecorded.of(UUID.randomUUID(), 1, "x").occurredAt(),
                UUID.randomUUID(), "ivan.petrov");
        var marker = SampleRecorded.of(UUID.randomUUID(), 1, "after the hidden one");
        var start = last();

        transactions.executeWithoutResult(status -> events.publishEvent(hidden));
        new EventPublications(registry).awaitCompleted(SampleAccessChanged.class, "integration.feed",
                published -> published.eventId().equals(hidden.eventId()));
        transactions.executeWithoutResult(status -> events.publishEvent(marker));

        var entries = awaitAfter(start, 1);
        assertThat(entries).extracting(FeedEntry::eventId).containsExactly(marker.eventId());
    }

    @Test
    void anAppendWaitsForTheOneBeforeItToCommitSoThatNoReaderSkipsAnEvent() throws Exception {
        var start = last();
        var first = SampleRecorded.of(UUID.randomUUID(), 1, "drawn first, committed late");
        var second = SampleRecorded.of(UUID.randomUUID(), 1, "drawn second");
        var firstAppended = new CountDownLatch(1);
        var releaseFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var slow = pool.submit(() -> transactions.executeWithoutResult(status -> {
                feed.append(first);
                firstAppended.countDown();
                waitFor(releaseFirst);
            }));
            firstAppended.await(10, TimeUnit.SECONDS);
            var fast = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> feed.append(second)),
                    pool);

            Thread.sleep(300);
            // The second append waits for the lock; a reader sees neither (not the second without the first).
            assertThat(fast).isNotDone();
            assertThat(store.read(start, 10, Set.of())).isEmpty();

            releaseFirst.countDown();
            slow.get(10, TimeUnit.SECONDS);
            fast.get(10, TimeUnit.SECONDS);
        } finally {
            releaseFirst.countDown();
            pool.shutdownNow();
        }
        assertThat(store.read(start, 10, Set.of())).extracting(FeedEntry::eventId)
                .containsExactly(first.eventId(), second.eventId());
    }

    @Test
    void aReaderPagingDuringConcurrentWritesGetsEveryEventOnceInFeedOrder() throws Exception {
        var start = last();
        int writers = 8;
        int perWriter = 25;
        Set<UUID> published = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<UUID> read = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        var event = SampleRecorded.of(UUID.randomUUID(), i, "concurrent");
                        transactions.executeWithoutResult(status -> events.publishEvent(event));
                        published.add(event.eventId());
                    }
                });
            }
            var cursor = start;
            long lastPosition = start.position();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (read.size() < writers * perWriter && System.nanoTime() < deadline) {
                var page = feed.read(new FeedQuery(cursor, 7, Set.of(), 1));
                for (var entry : page.entries()) {
                    assertThat(entry.position()).isGreaterThan(lastPosition);
                    lastPosition = entry.position();
                    read.add(entry.eventId());
                }
                cursor = page.next();
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        assertThat(read).doesNotHaveDuplicates().hasSize(writers * perWriter);
        assertThat(new LinkedHashSet<>(read)).isEqualTo(published);
    }

    @Test
    void aLongPollReturnsAsSoonAsAnEventArrivesAndAnEmptyPageKeepsTheCursor() throws Exception {
        var start = last();
        var empty = feed.read(new FeedQuery(start, 10, Set.of(), 0));
        assertThat(empty.entries()).isEmpty();
        assertThat(empty.next()).isEqualTo(start);

        var event = SampleRecorded.of(UUID.randomUUID(), 1, "awaited");
        var poll = CompletableFuture.supplyAsync(() -> {
            try {
                return feed.read(new FeedQuery(start, 10, Set.of(), 20));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        long published = System.nanoTime();
        transactions.executeWithoutResult(status -> events.publishEvent(event));

        var page = poll.get(20, TimeUnit.SECONDS);
        assertThat(page.entries()).extracting(FeedEntry::eventId).containsExactly(event.eventId());
        assertThat(Duration.ofNanos(System.nanoTime() - published)).isLessThan(Duration.ofSeconds(5));
    }

    private FeedCursor last() {
        return new FeedCursor(jdbc.sql("select coalesce(max(position), 0) from integration.feed_event")
                .query(Long.class).single());
    }

    private List<FeedEntry> awaitAfter(FeedCursor start, int count) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> store.read(start, 100, Set.of()),
                entries -> entries.size() >= count);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
