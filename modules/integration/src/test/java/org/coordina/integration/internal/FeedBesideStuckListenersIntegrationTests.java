package org.coordina.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.coordina.sample.events.SampleRecorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The feed needs no listener thread: every thread of the shared executor stuck elsewhere does not hold it back. */
@ApplicationModuleTest
@TestPropertySource(locations = "classpath:coordina-test.properties")
class FeedBesideStuckListenersIntegrationTests {

    /** Spring Boot's shared executor's threads (its default core size, which Coordina keeps). */
    static final int SHARED_THREADS = 8;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcFeed store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StuckNeighbour neighbour;

    @AfterEach
    void releaseTheNeighbour() {
        neighbour.release();
    }

    @Test
    void eventsReachTheFeedWhileEveryThreadOfTheSharedExecutorIsStuckInAnotherListener() {
        var start = new FeedCursor(jdbc.sql("select coalesce(max(position), 0) from integration.feed_event")
                .query(Long.class).single());
        List<SampleRecorded> published = IntStream.range(0, SHARED_THREADS + 4)
                .mapToObj(n -> SampleRecorded.of(UUID.randomUUID(), 1, "while stuck " + n)).toList();

        transactions.executeWithoutResult(status -> published.forEach(events::publishEvent));

        var entries = await().atMost(Duration.ofSeconds(20)).until(() -> store.read(start, 100, Set.of()),
                read -> read.size() >= published.size());
        assertThat(entries).extracting(FeedEntry::eventId)
                .containsExactlyInAnyOrderElementsOf(published.stream().map(SampleRecorded::eventId).toList());
        assertThat(neighbour.stuck()).as("the shared executor's threads are all still stuck")
                .isEqualTo(SHARED_THREADS);
    }

    @TestConfiguration
    static class Neighbourhood {

        @Bean
        StuckNeighbour stuckNeighbour() {
            return new StuckNeighbour();
        }
    }

    /** Another module's listener that takes its time: it holds its thread until the test ends. */
    static class StuckNeighbour {

        // Read through methods: the bean is a proxy (the listener is asynchronous and transactional).
        private final CountDownLatch release = new CountDownLatch(1);

        private final AtomicInteger stuck = new AtomicInteger();

        public void release() {
            release.countDown();
        }

        public int stuck() {
            return stuck.get();
        }

        @ApplicationModuleListener(id = "test.stuck-neighbour")
        void on(SampleRecorded event) throws InterruptedException {
            stuck.incrementAndGet();
            release.await(60, TimeUnit.SECONDS);
        }
    }
}
