package org.coordina.integration.internal;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * Wakes this instance's long-polling readers when an append commits here; readers still look again every poll
 * interval for appends of other instances.
 */
@Component
class FeedSignal {

    private final Object monitor = new Object();

    private long generation;

    /** A number that changes with every signal: take it before reading, wait for a change after. */
    long generation() {
        synchronized (monitor) {
            return generation;
        }
    }

    void signal() {
        synchronized (monitor) {
            generation++;
            monitor.notifyAll();
        }
    }

    /** Waits until a signal after {@code seen}, or at most {@code timeout}. */
    void awaitAfter(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            long remaining = timeout.toMillis();
            while (generation == seen && remaining > 0) {
                monitor.wait(remaining);
                remaining = (deadline - System.nanoTime()) / 1_000_000;
            }
        }
    }
}
