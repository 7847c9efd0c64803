package org.coordina.integration.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Gives the feed's committed events their positions, on a thread of its own, as soon as an append on this instance
 * commits, and every sweep interval for events that other instances, or this one before a stop, left without one
 * (ADR 10). A round is one statement however many events wait, so the feed keeps up with any write rate.
 */
@Component
class FeedSequencer implements SmartLifecycle {

    /** At most this many events are sequenced in one transaction; a round that fills it is followed at once. */
    static final int ROUND = 500;

    private static final Logger log = LoggerFactory.getLogger(FeedSequencer.class);

    private final Round round;

    private final FeedSignal readers;

    private final Duration sweepInterval;

    private final Object monitor = new Object();

    /** True at first: events appended while no instance ran are sequenced at start. */
    private boolean requested = true;

    private final BackgroundLoop loop = new BackgroundLoop("integration-feed-sequencer", this::turn);

    FeedSequencer(Round round, FeedSignal readers, FeedProperties properties) {
        this.round = round;
        this.readers = readers;
        this.sweepInterval = properties.sweepInterval();
    }

    /** Asks for a round: an append has committed. */
    void request() {
        synchronized (monitor) {
            requested = true;
            monitor.notifyAll();
        }
    }

    /** Sequences every committed event without a position, then wakes this instance's long-polls; answers how many. */
    int sequenceAll() {
        int total = 0;
        int sequenced;
        do {
            sequenced = round.sequence(ROUND);
            total += sequenced;
        } while (sequenced == ROUND);
        if (total > 0) {
            readers.signal();
        }
        return total;
    }

    /** Waits until a round is requested or the sweep interval has passed, whichever comes first. */
    void awaitRequest() throws InterruptedException {
        long deadline = System.nanoTime() + sweepInterval.toNanos();
        synchronized (monitor) {
            long remaining = sweepInterval.toMillis();
            while (!requested && loop.running() && remaining > 0) {
                monitor.wait(remaining);
                remaining = (deadline - System.nanoTime()) / 1_000_000;
            }
            requested = false;
        }
    }

    private void turn() throws InterruptedException {
        awaitRequest();
        try {
            sequenceAll();
        } catch (RuntimeException failure) {
            // The database is away or refused: the events wait in the table; the next sweep tries again.
            log.warn("Sequencing the event feed failed; trying again in {}", sweepInterval, failure);
        }
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        // A round under way finishes (it is one short statement); what is left waits for the next start.
        loop.stop(this::request);
    }

    @Override
    public boolean isRunning() {
        return loop.running();
    }

    /** One round of sequencing in a transaction of its own ({@link JdbcFeed#sequence}). */
    interface Round {

        /** Sequences at most {@code max} committed events and commits; answers how many. */
        int sequence(int max);
    }
}
