package org.coordina.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
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

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.coordina.sample.events.SampleAccessChanged;
import org.coordina.sample.events.SampleRecorded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The feed kept from the events the module receives: with their change, once per event, never skipping one. */
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
    DataSource dataSource;

    @Autowired
    FeedSequencer sequencer;

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
    }

    @Test
    void theEventIsStoredByTheTransactionThatPublishesItAndNothingIsLeftForTheRegistry() {
        var event = SampleRecorded.of(UUID.randomUUID(), 1, "with its change");

        transactions.executeWithoutResult(status -> events.publishEvent(event));

        // No waiting: the row committed with the change it tells of, so no crash can come between them.
        assertThat(stored(event.eventId())).isEqualTo(1);
        assertThat(jdbc.sql("""
                select (select count(*) from modulith.event_publication where serialized_event like :id)
                     + (select count(*) from modulith.event_publication_archive where serialized_event like :id)""")
                .param("id", "%" + event.eventId() + "%").query(Long.class).single()).isZero();
    }

    @Test
    void anEventOfATransactionRolledBackNeverReachesTheFeed() {
        var event = SampleRecorded.of(UUID.randomUUID(), 1, "rolled back");

        transactions.executeWithoutResult(status -> {
            events.publishEvent(event);
            status.setRollbackOnly();
        });

        assertThat(stored(event.eventId())).isZero();
    }

    @Test
    void aRedeliveredEventIsKeptOnce() {
        var event = SampleRecorded.of(UUID.randomUUID(), 1, "twice");

        boolean first = transactions.execute(status -> feed.append(event));
        boolean second = transactions.execute(status -> feed.append(event));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(stored(event.eventId())).isEqualTo(1);
    }

    @Test
    void anEventNotForIntegratorsIsLeftOut() throws Exception {
        var hidden = new SampleAccessChanged(UUID.randomUUID(), SampleRecorded.of(UUID.randomUUID(), 1, "x").occurredAt(),
                UUID.randomUUID(), "ivan.petrov");
        var marker = SampleRecorded.of(UUID.randomUUID(), 1, "after the hidden one");
        var start = last();

        transactions.executeWithoutResult(status -> events.publishEvent(hidden));
        transactions.executeWithoutResult(status -> events.publishEvent(marker));

        var entries = awaitAfter(start, 1);
        assertThat(entries).extracting(FeedEntry::eventId).containsExactly(marker.eventId());
        assertThat(stored(hidden.eventId())).isZero();
    }

    @Test
    void anEventCommittedLateGetsAPositionAfterTheOnesAlreadyReadSoNoReaderSkipsIt() throws Exception {
        var start = last();
        var late = SampleRecorded.of(UUID.randomUUID(), 1, "appended first, committed late");
        var early = SampleRecorded.of(UUID.randomUUID(), 1, "appended second, committed at once");
        var lateAppended = new CountDownLatch(1);
        var releaseLate = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            var slow = pool.submit(() -> transactions.executeWithoutResult(status -> {
                feed.append(late);
                lateAppended.countDown();
                waitFor(releaseLate);
            }));
            assertThat(lateAppended.await(10, TimeUnit.SECONDS)).isTrue();
            transactions.executeWithoutResult(status -> events.publishEvent(early));

            // The reader sees the committed event, not the uncommitted one, and moves its cursor past it.
            var first = awaitAfter(start, 1);
            assertThat(first).extracting(FeedEntry::eventId).containsExactly(early.eventId());
            var cursor = first.get(0).cursor();

            releaseLate.countDown();
            slow.get(10, TimeUnit.SECONDS);

            assertThat(awaitAfter(cursor, 1)).extracting(FeedEntry::eventId).containsExactly(late.eventId());
        } finally {
            releaseLate.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void eventsBecomeReadableWhileEveryOtherPooledConnectionIsBusy() throws Exception {
        var pool = dataSource.unwrap(HikariDataSource.class);
        sequencer.sequenceAll(); // the sequencer holds its own connection from its first round on
        List<Connection> held = new ArrayList<>();
        try {
            while (pool.getHikariPoolMXBean().getActiveConnections() < pool.getMaximumPoolSize()) {
                held.add(pool.getConnection());
            }
            // The writer's own connection, one of those held: the pool has none left for anybody else.
            var writer = new SingleConnectionDataSource(held.get(0), true);
            var writerFeed = new JdbcFeed(JdbcClient.create(writer));
            var start = new FeedCursor(JdbcClient.create(writer).sql(
                    "select coalesce(max(position), 0) from integration.feed_event").query(Long.class).single());
            var event = SampleRecorded.of(UUID.randomUUID(), 1, "while the pool is exhausted");

            new TransactionTemplate(new DataSourceTransactionManager(writer)).executeWithoutResult(status ->
                    writerFeed.append(event.eventId(), EventType.of(SampleRecorded.class), "subject",
                            event.occurredAt(), "{}", event.occurredAt()));
            sequencer.request();

            assertThat(await().atMost(Duration.ofSeconds(5)).until(() -> writerFeed.read(start, 10, Set.of()),
                    entries -> !entries.isEmpty())).extracting(FeedEntry::eventId).containsExactly(event.eventId());
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
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

    private long stored(UUID eventId) {
        return jdbc.sql("select count(*) from integration.feed_event where event_id = ?").param(eventId)
                .query(Long.class).single();
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
