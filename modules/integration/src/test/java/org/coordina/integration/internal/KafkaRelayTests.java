package org.coordina.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KafkaRelayTests {

    final Feed feed = new Feed();

    final Kafka kafka = new Kafka();

    final FeedSignal sequenced = new FeedSignal();

    KafkaRelay relay = relay(Duration.ofMinutes(1), Duration.ofMillis(50));

    @AfterEach
    void stop() {
        if (relay.isRunning()) {
            relay.stop();
        }
    }

    @Test
    void everyEventAfterTheCursorGoesToKafkaInFeedOrderBatchAfterBatchAndTheCursorFollows() {
        feed.sequence(KafkaRelay.BATCH * 2 + 3);

        assertThat(relay.relayAll()).isEqualTo(KafkaRelay.BATCH * 2 + 3);

        assertThat(kafka.received()).containsExactlyElementsOf(feed.entries);
        assertThat(kafka.batches).extracting(List::size).containsExactly(KafkaRelay.BATCH, KafkaRelay.BATCH, 3);
        assertThat(feed.cursor).isEqualTo(KafkaRelay.BATCH * 2 + 3);
        assertThat(relay.relayAll()).isZero();
    }

    @Test
    void aBatchKafkaDidNotAcknowledgeLeavesTheCursorAndIsSentAgainWhole() {
        feed.sequence(3);
        kafka.down.set(true);

        assertThatThrownBy(relay::relayAll).isInstanceOf(IllegalStateException.class);
        assertThat(feed.cursor).isZero();

        kafka.down.set(false);
        assertThat(relay.relayAll()).isEqualTo(3);
        assertThat(kafka.received()).containsExactlyElementsOf(feed.entries);
        assertThat(feed.cursor).isEqualTo(3);
    }

    @Test
    void anInstanceThatDoesNotLeadSendsNothing() {
        feed.sequence(2);
        feed.leading = false;

        assertThat(relay.relayAll()).isZero();

        assertThat(kafka.batches).isEmpty();
        assertThat(feed.cursor).isZero();
    }

    @Test
    void theRunningRelayIsWokenBySequencingLongBeforeItsSweep() {
        relay.start();
        await().pollDelay(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5)).until(() -> true);

        feed.sequence(1);
        sequenced.signal();

        await().atMost(Duration.ofSeconds(5)).until(() -> kafka.received().size() == 1);
    }

    @Test
    void withoutAWakeTheSweepFindsWhatAnotherInstanceSequenced() {
        relay = relay(Duration.ofMillis(100), Duration.ofMillis(50));
        relay.start();
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true);

        feed.sequence(1);

        await().atMost(Duration.ofSeconds(5)).until(() -> kafka.received().size() == 1);
    }

    @Test
    void whileKafkaIsDownTheRelayTriesAgainEveryRetryIntervalAndSendsEverythingOnceItIsBack() {
        kafka.down.set(true);
        feed.sequence(4);
        relay.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> kafka.refused.get() >= 3);
        assertThat(feed.cursor).isZero();

        kafka.down.set(false);

        await().atMost(Duration.ofSeconds(5)).until(() -> feed.cursor == 4);
        assertThat(kafka.received()).containsExactlyElementsOf(feed.entries);
    }

    @Test
    void aStoppedRelayEndsItsThreadAndSendsNothingMore() throws Exception {
        relay = relay(Duration.ofMillis(50), Duration.ofMillis(50));
        relay.start();
        relay.stop();

        assertThat(relay.isRunning()).isFalse();
        feed.sequence(1);
        sequenced.signal();
        Thread.sleep(300);
        assertThat(kafka.batches).isEmpty();
    }

    @Test
    void aStopEndsARelayWaitingToRetryAtOnce() {
        kafka.down.set(true);
        feed.sequence(1);
        relay = relay(Duration.ofMinutes(1), Duration.ofMinutes(1));
        relay.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> kafka.refused.get() == 1);

        long started = System.nanoTime();
        relay.stop();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(relay.isRunning()).isFalse();
    }

    private KafkaRelay relay(Duration sweep, Duration retry) {
        return new KafkaRelay(feed, kafka, sequenced,
                new KafkaRelayProperties(true, sweep, retry, Duration.ofSeconds(5)));
    }

    /** The feed as the relay's store sees it: sequenced entries and a cursor. */
    static class Feed implements KafkaRelay.Store {

        final List<FeedEntry> entries = Collections.synchronizedList(new ArrayList<>());

        volatile long cursor;

        volatile boolean leading = true;

        void sequence(int count) {
            for (int i = 0; i < count; i++) {
                entries.add(new FeedEntry(entries.size() + 1, UUID.randomUUID(), "org.coordina.sample.Recorded.v1",
                        "/coordina/sample", "subject", Instant.EPOCH, "{}"));
            }
        }

        @Override
        public boolean lead() {
            return leading;
        }

        @Override
        public synchronized List<FeedEntry> next(int max) {
            return List.copyOf(entries.stream().filter(entry -> entry.position() > cursor).limit(max).toList());
        }

        @Override
        public void advance(long position) {
            cursor = position;
        }
    }

    /** Kafka as the relay sees it: takes batches, or refuses them while down. */
    static class Kafka implements KafkaRelay.Publisher {

        final List<List<FeedEntry>> batches = Collections.synchronizedList(new ArrayList<>());

        final AtomicBoolean down = new AtomicBoolean();

        final AtomicInteger refused = new AtomicInteger();

        @Override
        public void publish(List<FeedEntry> batch) {
            if (down.get()) {
                refused.incrementAndGet();
                throw new IllegalStateException("no broker");
            }
            batches.add(batch);
        }

        List<FeedEntry> received() {
            synchronized (batches) {
                return batches.stream().flatMap(List::stream).toList();
            }
        }
    }
}
