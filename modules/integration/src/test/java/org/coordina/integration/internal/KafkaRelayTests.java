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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.KafkaException;

class KafkaRelayTests {

    final Feed feed = new Feed();

    final Kafka kafka = new Kafka();

    final FeedSignal sequenced = new FeedSignal();

    KafkaRelay relay = relay(Duration.ofMinutes(1), Duration.ofMillis(50), Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        if (relay.isRunning()) {
            relay.stop();
        }
    }

    @Test
    void everyEventAfterTheCursorGoesToKafkaInFeedOrderAndTheCursorFollowsTheAnswers() {
        feed.sequence(KafkaRelay.BATCH * 2 + 3);

        assertThat(relay.relayAll()).isEqualTo(KafkaRelay.BATCH * 2 + 3);

        assertThat(kafka.received()).containsExactlyElementsOf(feed.entries);
        assertThat(feed.reads).hasValue(3);
        assertThat(feed.cursor).isEqualTo(KafkaRelay.BATCH * 2 + 3);
        assertThat(relay.relayAll()).isZero();
    }

    @Test
    void laterEventsAreSentWithoutWaitingForKafkasAnswersToEarlierOnes() {
        kafka.answerAtOnce = false;
        feed.sequence(3);
        relay.relayAll();
        feed.sequence(2);

        assertThat(relay.relayAll()).isEqualTo(2);

        assertThat(kafka.received()).containsExactlyElementsOf(feed.entries);
        assertThat(feed.cursor).as("nothing acknowledged yet").isZero();
        assertThat(relay.awaitingAnswers()).isTrue();
    }

    @Test
    void theCursorMovesOnlyPastTheEventsKafkaAcknowledgedInOrder() {
        kafka.answerAtOnce = false;
        feed.sequence(4);
        relay.relayAll();

        kafka.acknowledge(0);
        kafka.acknowledge(1);
        kafka.acknowledge(3);
        relay.relayAll();

        assertThat(feed.cursor).isEqualTo(2);
        kafka.acknowledge(2);
        relay.relayAll();
        assertThat(feed.cursor).isEqualTo(4);
        assertThat(relay.awaitingAnswers()).isFalse();
    }

    @Test
    void whileAnswersKeepComingTheCursorIsStoredAtMostEveryInterval() throws Exception {
        kafka.answerAtOnce = false;
        feed.sequence(4);
        relay.relayAll();
        kafka.acknowledge(0);
        relay.relayAll();
        assertThat(feed.cursor).isEqualTo(1);

        kafka.acknowledge(1);
        relay.relayAll();
        assertThat(feed.cursor).as("stored a moment ago, answers outstanding").isEqualTo(1);

        Thread.sleep(KafkaRelay.CURSOR_INTERVAL.toMillis() + 50);
        relay.relayAll();
        assertThat(feed.cursor).isEqualTo(2);
    }

    @Test
    void anEventKafkaRefusedLeavesTheCursorBeforeItAndEverythingFromThereIsSentAgain() {
        kafka.answerAtOnce = false;
        feed.sequence(4);
        relay.relayAll();
        kafka.acknowledge(0);
        kafka.refuse(1);
        kafka.acknowledge(2);
        kafka.acknowledge(3);

        assertThatThrownBy(relay::relayAll).isInstanceOf(KafkaException.class).hasMessageContaining("position 2")
                .hasRootCauseMessage("leader moved");
        assertThat(relay.awaitingAnswers()).as("what was sent after the cursor is forgotten").isFalse();
        long kept = feed.cursor;
        assertThat(kept).as("the acknowledgement of 1 stored or not: never past 2").isLessThanOrEqualTo(1);

        kafka.answerAtOnce = true;
        relay.relayAll();
        assertThat(kafka.received().subList(4, kafka.received().size())).extracting(FeedEntry::position)
                .startsWith(kept + 1).endsWith(4L);
        assertThat(feed.cursor).isEqualTo(4);
    }

    @Test
    void aSendRefusedAtOnceEndsTheRoundWithoutSendingTheRest() {
        kafka.unreachable = true;
        feed.sequence(5);

        assertThatThrownBy(relay::relayAll).isInstanceOf(KafkaException.class);

        assertThat(kafka.received()).hasSize(1);
        assertThat(feed.cursor).isZero();
    }

    @Test
    void withAsManyEventsUnansweredAsAllowedTheRelayWaitsForTheOldestAndFailsIfKafkaNeverAnswers() {
        kafka.answerAtOnce = false;
        relay = relay(Duration.ofMinutes(1), Duration.ofMillis(50), Duration.ofMillis(200));
        feed.sequence(KafkaRelay.IN_FLIGHT + 1);

        assertThatThrownBy(relay::relayAll).isInstanceOf(KafkaException.class).hasMessageContaining("did not answer");

        assertThat(kafka.received()).hasSize(KafkaRelay.IN_FLIGHT);
        assertThat(feed.cursor).isZero();
    }

    @Test
    void answersKeepingUpLetTheRelaySendMoreThanItMayLeaveUnanswered() {
        feed.sequence(KafkaRelay.IN_FLIGHT + 3);

        assertThat(relay.relayAll()).isEqualTo(KafkaRelay.IN_FLIGHT + 3);

        assertThat(feed.cursor).isEqualTo(KafkaRelay.IN_FLIGHT + 3);
    }

    @Test
    void aRefusalOfTheOldestWhileTheRelayWaitsForItEndsTheRound() {
        kafka.answerAtOnce = false;
        feed.sequence(KafkaRelay.IN_FLIGHT + 1);
        var refusal = new Thread(() -> {
            await().atMost(Duration.ofSeconds(5)).until(() -> kafka.received().size() == KafkaRelay.IN_FLIGHT);
            kafka.refuse(0);
        });
        refusal.start();

        assertThatThrownBy(relay::relayAll).isInstanceOf(KafkaException.class).hasMessageContaining("position 1");

        assertThat(kafka.received()).hasSize(KafkaRelay.IN_FLIGHT);
        assertThat(feed.cursor).isZero();
    }

    @Test
    void anInstanceThatDoesNotLeadSendsNothing() {
        feed.sequence(2);
        feed.leading = false;

        assertThat(relay.relayAll()).isZero();

        assertThat(kafka.received()).isEmpty();
        assertThat(feed.cursor).isZero();
    }

    @Test
    void aRelayThatLeadsAgainStartsFromTheStoredCursorNotFromWhatItHadSent() {
        kafka.answerAtOnce = false;
        feed.sequence(3);
        relay.relayAll();
        feed.leading = false;
        relay.relayAll();
        feed.cursor = 1;
        feed.leading = true;
        kafka.answerAtOnce = true;

        relay.relayAll();

        assertThat(kafka.received().subList(3, kafka.received().size())).extracting(FeedEntry::position)
                .containsExactly(2L, 3L);
    }

    @Test
    void theRunningRelayIsWokenBySequencingLongBeforeItsSweep() {
        relay.start();
        await().pollDelay(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(relay.isRunning()).isTrue();
        assertThat(feed.reads.get()).as("an idle relay waits instead of reading").isLessThanOrEqualTo(2);

        feed.sequence(1);
        sequenced.signal();

        await().atMost(Duration.ofSeconds(5)).until(() -> kafka.received().size() == 1);
    }

    @Test
    void withoutAWakeTheSweepFindsWhatAnotherInstanceSequenced() {
        relay = relay(Duration.ofMillis(100), Duration.ofMillis(50), Duration.ofSeconds(5));
        relay.start();
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true);

        feed.sequence(1);

        await().atMost(Duration.ofSeconds(5)).until(() -> kafka.received().size() == 1);
    }

    @Test
    void theRunningRelayMovesItsCursorSoonAfterKafkaAnswersWithoutAWake() throws Exception {
        kafka.answerAtOnce = false;
        relay.start();
        feed.sequence(2);
        sequenced.signal();
        await().atMost(Duration.ofSeconds(5)).until(() -> kafka.received().size() == 2);
        int reads = feed.reads.get();
        Thread.sleep(200);
        assertThat(feed.reads).as("waiting for answers reads nothing").hasValue(reads);

        kafka.acknowledge(0);
        kafka.acknowledge(1);

        await().atMost(Duration.ofSeconds(1)).until(() -> feed.cursor == 2);
    }

    @Test
    void whileKafkaIsDownTheRelayTriesAgainEveryRetryIntervalAndSendsEverythingOnceItIsBack() {
        kafka.unreachable = true;
        feed.sequence(4);
        relay.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> kafka.refused.get() >= 3);
        assertThat(feed.cursor).isZero();

        kafka.unreachable = false;

        await().atMost(Duration.ofSeconds(5)).until(() -> feed.cursor == 4);
        List<FeedEntry> received = kafka.received();
        assertThat(received.subList(received.size() - 4, received.size())).containsExactlyElementsOf(feed.entries);
    }

    @Test
    void aStoppedRelayEndsItsThreadAndSendsNothingMore() throws Exception {
        relay = relay(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofSeconds(5));
        relay.start();
        relay.stop();

        assertThat(relay.isRunning()).isFalse();
        feed.sequence(1);
        sequenced.signal();
        Thread.sleep(300);
        assertThat(kafka.received()).isEmpty();
    }

    @Test
    void aStopEndsARelayWaitingToRetryAtOnce() {
        kafka.unreachable = true;
        feed.sequence(1);
        relay = relay(Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofSeconds(5));
        relay.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> kafka.refused.get() == 1);

        long started = System.nanoTime();
        relay.stop();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(relay.isRunning()).isFalse();
    }

    private KafkaRelay relay(Duration sweep, Duration retry, Duration sendTimeout) {
        return new KafkaRelay(feed, kafka, sequenced, new KafkaRelayProperties(true, sweep, retry, sendTimeout));
    }

    /** The feed as the relay's store sees it: sequenced entries and a cursor. */
    static class Feed implements KafkaRelay.Store {

        final List<FeedEntry> entries = Collections.synchronizedList(new ArrayList<>());

        final AtomicInteger reads = new AtomicInteger();

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
        public long cursor() {
            return cursor;
        }

        @Override
        public List<FeedEntry> after(long position, int max) {
            reads.incrementAndGet();
            synchronized (entries) {
                return List.copyOf(entries.stream().filter(entry -> entry.position() > position).limit(max).toList());
            }
        }

        @Override
        public void advance(long position) {
            cursor = position;
        }
    }

    /** Kafka as the relay sees it: answers at once, later (by the test), or not at all when unreachable. */
    static class Kafka implements KafkaRelay.Publisher {

        final List<FeedEntry> sent = Collections.synchronizedList(new ArrayList<>());

        final List<CompletableFuture<Object>> answers = Collections.synchronizedList(new ArrayList<>());

        final AtomicInteger refused = new AtomicInteger();

        volatile boolean answerAtOnce = true;

        volatile boolean unreachable;

        @Override
        public CompletableFuture<?> send(FeedEntry entry) {
            sent.add(entry);
            var answer = new CompletableFuture<Object>();
            answers.add(answer);
            if (unreachable) {
                refused.incrementAndGet();
                answer.completeExceptionally(new IllegalStateException("no broker"));
            } else if (answerAtOnce) {
                answer.complete(entry.position());
            }
            return answer;
        }

        void acknowledge(int sendIndex) {
            answers.get(sendIndex).complete(sendIndex);
        }

        void refuse(int sendIndex) {
            answers.get(sendIndex).completeExceptionally(new IllegalStateException("leader moved"));
        }

        List<FeedEntry> received() {
            synchronized (sent) {
                return List.copyOf(sent);
            }
        }
    }
}
