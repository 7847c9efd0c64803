package org.coordina.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class FeedSignalTests {

    final FeedSignal signal = new FeedSignal();

    @Test
    void aSignalChangesTheGeneration() {
        long before = signal.generation();

        signal.signal();

        assertThat(signal.generation()).isEqualTo(before + 1);
    }

    @Test
    void aWaiterWakesAtASignal() throws Exception {
        long seen = signal.generation();
        var waiter = CompletableFuture.runAsync(() -> {
            try {
                signal.awaitAfter(seen, Duration.ofSeconds(20));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertThat(waiter).isNotDone();

        signal.signal();

        waiter.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aSignalGivenBeforeTheWaitIsNotMissed() throws Exception {
        long seen = signal.generation();
        signal.signal();
        long start = System.nanoTime();

        signal.awaitAfter(seen, Duration.ofSeconds(20));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void withoutASignalTheWaitEndsAfterItsTimeout() throws Exception {
        long start = System.nanoTime();

        signal.awaitAfter(signal.generation(), Duration.ofMillis(300));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(290), Duration.ofSeconds(3));
    }
}
