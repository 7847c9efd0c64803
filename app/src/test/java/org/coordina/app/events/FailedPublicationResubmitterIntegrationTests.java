package org.coordina.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.coordina.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.Staleness;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@ApiIntegrationTest
@Import(FailedPublicationResubmitterIntegrationTests.FlakyListenerConfiguration.class)
@TestPropertySource(properties = { "coordina.events.resubmission.enabled=true",
        "coordina.events.resubmission.interval=PT1H", "coordina.events.resubmission.min-age=PT0S" })
class FailedPublicationResubmitterIntegrationTests {

    @Autowired
    FailedPublicationResubmitter resubmitter;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    FlakyListener listener;

    @Autowired
    SlowListener slowListener;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    Staleness staleness;

    @Test
    void aFailedPublicationIsResubmittedAndThenArchived() {
        var probe = new Probe(UUID.randomUUID());
        transactions.executeWithoutResult(status -> events.publishEvent(probe));

        await().atMost(Duration.ofSeconds(10)).until(() -> listener.attempts() == 1
                && count("modulith.event_publication", probe, "and status = 'FAILED'") == 1);

        assertThat(resubmitter.resubmitIfLeader()).isTrue();

        await().atMost(Duration.ofSeconds(10)).until(() -> count("modulith.event_publication_archive", probe, "") == 1);
        assertThat(listener.attempts()).isEqualTo(2);
        assertThat(count("modulith.event_publication", probe, "")).isZero();
    }

    @Test
    void onlyOneInstanceResubmitsAtATime() throws Exception {
        try (var otherInstance = dataSource.getConnection();
                var lock = otherInstance.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, FailedPublicationResubmitter.LOCK_KEY);
            lock.execute();
            assertThat(resubmitter.resubmitIfLeader()).isFalse();

            try (var unlock = otherInstance.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, FailedPublicationResubmitter.LOCK_KEY);
                unlock.execute();
            }
        }
        assertThat(resubmitter.resubmitIfLeader()).isTrue();
    }

    @Test
    void aSlowListenerReceivesItsEventOnce() throws Exception {
        var probe = new SlowProbe(UUID.randomUUID());
        transactions.executeWithoutResult(status -> events.publishEvent(probe));
        await().atMost(Duration.ofSeconds(10)).until(() -> slowListener.attempts() == 1);
        Thread.sleep(200);

        // While the listener still works, the staleness check and the resubmission run, as they do every minute.
        registry.markStalePublicationsFailed(staleness);
        resubmitter.resubmitIfLeader();
        slowListener.release();

        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from modulith.event_publication_archive where serialized_event like ?", Integer.class,
                "%" + probe.id() + "%") == 1);
        Thread.sleep(500);
        assertThat(slowListener.attempts()).isEqualTo(1);
    }

    private int count(String table, Probe probe, String condition) {
        return jdbc.queryForObject("select count(*) from " + table + " where serialized_event like ? " + condition,
                Integer.class, "%" + probe.id() + "%");
    }

    /** An event only this test publishes. */
    record Probe(UUID id) {
    }

    /** Fails on its first delivery, as a consumer that crashed would, and succeeds afterwards. */
    static class FlakyListener {

        private final AtomicInteger attempts = new AtomicInteger();

        // A method, not the field: the bean is an async proxy whose own fields are empty.
        int attempts() {
            return attempts.get();
        }

        @ApplicationModuleListener(id = "test.flaky-listener")
        void on(Probe probe) {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("consumer down");
            }
        }
    }

    /** Another event only this test publishes, for the slow listener. */
    record SlowProbe(UUID id) {
    }

    /** Takes its time over each event, until released. */
    static class SlowListener {

        private final AtomicInteger attempts = new AtomicInteger();

        private final CountDownLatch released = new CountDownLatch(1);

        int attempts() {
            return attempts.get();
        }

        void release() {
            released.countDown();
        }

        @ApplicationModuleListener(id = "test.slow-listener")
        void on(SlowProbe probe) throws InterruptedException {
            attempts.incrementAndGet();
            released.await(30, TimeUnit.SECONDS);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FlakyListenerConfiguration {

        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }

        @Bean
        SlowListener slowListener() {
            return new SlowListener();
        }
    }
}
