package org.coordina.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.coordina.sample.events.SampleRecorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedSequencerTests {

    final FakeFeedStore store = new FakeFeedStore();

    final FeedSignal readers = new FeedSignal();

    FeedSequencer sequencer = sequencer(store, Duration.ofMinutes(1));

    @AfterEach
    void stop() {
        if (sequencer.isRunning()) {
            sequencer.stop();
        }
    }

    @Test
    void sequencingGivesEveryWaitingEventTheNextPositionInArrivalOrderRoundAfterRound() {
        int waiting = FeedSequencer.ROUND * 2 + 3;
        var ids = arrive(waiting);

        assertThat(sequencer.sequenceAll()).isEqualTo(waiting);

        assertThat(store.entries).extracting(FeedEntry::eventId).containsExactlyElementsOf(ids);
        assertThat(store.entries.get(waiting - 1).position()).isEqualTo(waiting);
        assertThat(store.arrived).isEmpty();
    }

    @Test
    void exactlyOneFullRoundIsFollowedByAnEmptyOne() {
        var counting = new CountingStore();
        sequencer = sequencer(counting, Duration.ofMinutes(1));
        arrive(counting, FeedSequencer.ROUND);

        assertThat(sequencer.sequenceAll()).isEqualTo(FeedSequencer.ROUND);

        assertThat(counting.rounds.get()).isEqualTo(2);
    }

    @Test
    void readersAreWokenOnlyWhenARoundSequencedSomething() {
        long before = readers.generation();
        assertThat(sequencer.sequenceAll()).isZero();
        assertThat(readers.generation()).isEqualTo(before);

        arrive(1);
        sequencer.sequenceAll();

        assertThat(readers.generation()).isGreaterThan(before);
    }

    @Test
    void eventsWaitingAtStartAreSequencedAtOnce() {
        arrive(2);

        sequencer.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> store.entries.size() == 2);
        assertThat(sequencer.isRunning()).isTrue();
    }

    @Test
    void aRequestWakesTheRunningSequencerLongBeforeItsSweep() {
        sequencer.start();
        await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ofMillis(100)).until(() -> true);

        arrive(1);
        sequencer.request();

        await().atMost(Duration.ofSeconds(5)).until(() -> store.entries.size() == 1);
    }

    @Test
    void withoutARequestTheSweepFindsWhatOtherInstancesLeft() {
        sequencer = sequencer(store, Duration.ofMillis(100));
        sequencer.start();
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true);

        arrive(1);

        await().atMost(Duration.ofSeconds(5)).until(() -> store.entries.size() == 1);
    }

    @Test
    void aFailedRoundIsTriedAgainAtTheNextSweep() {
        var failingOnce = new FailingOnceStore();
        sequencer = sequencer(failingOnce, Duration.ofMillis(100));
        arrive(failingOnce, 1);

        sequencer.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> failingOnce.entries.size() == 1);
        assertThat(failingOnce.failed.get()).isEqualTo(1);
    }

    @Test
    void aStoppedSequencerEndsItsThreadAndSequencesNothingMore() throws Exception {
        sequencer = sequencer(store, Duration.ofMillis(50));
        sequencer.start();
        sequencer.stop();

        assertThat(sequencer.isRunning()).isFalse();
        arrive(1);
        Thread.sleep(300);
        assertThat(store.entries).isEmpty();
    }

    private FeedSequencer sequencer(FakeFeedStore feed, Duration sweep) {
        return new FeedSequencer(feed::sequence, readers, new FeedProperties(Duration.ofMillis(50), sweep));
    }

    private List<UUID> arrive(int count) {
        return arrive(store, count);
    }

    private static List<UUID> arrive(FakeFeedStore feed, int count) {
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < count; i++) {
            var id = UUID.randomUUID();
            feed.append(id, EventType.of(SampleRecorded.class), "subject", Instant.EPOCH,
                    "{}", Instant.EPOCH);
            ids.add(id);
        }
        return ids;
    }

    /** Counts rounds. */
    static class CountingStore extends FakeFeedStore {

        final AtomicInteger rounds = new AtomicInteger();

        @Override
        synchronized int sequence(int max) {
            rounds.incrementAndGet();
            return super.sequence(max);
        }
    }

    /** Refuses its first round, as a database that is away would. */
    static class FailingOnceStore extends FakeFeedStore {

        final AtomicInteger failed = new AtomicInteger();

        @Override
        synchronized int sequence(int max) {
            if (failed.getAndIncrement() == 0) {
                throw new IllegalStateException("the database is away");
            }
            failed.set(1);
            return super.sequence(max);
        }
    }

    @Test
    void withoutARequestTheSequencerWaitsForItsSweep() throws Exception {
        sequencer.start();
        Thread.sleep(300); // the round at start is over

        arrive(1);
        Thread.sleep(500);
        assertThat(store.entries).as("no round before a request or the sweep").isEmpty();

        sequencer.request();
        await().atMost(Duration.ofSeconds(5)).until(() -> store.entries.size() == 1);
    }

    @Test
    void theSequencerRunsOnADaemonThreadThatAStopEnds() {
        // Application contexts of other test classes may run sequencers of their own in this JVM.
        var others = sequencerThreads();
        sequencer.start();
        var ours = sequencerThreads().stream().filter(thread -> !others.contains(thread)).toList();
        assertThat(ours).singleElement().satisfies(thread -> assertThat(thread.isDaemon()).isTrue());

        sequencer.stop();

        assertThat(ours.get(0).isAlive()).isFalse();
    }

    private static List<Thread> sequencerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("integration-feed-sequencer") && thread.isAlive()).toList();
    }
}
