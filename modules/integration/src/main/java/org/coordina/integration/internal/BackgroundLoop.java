package org.coordina.integration.internal;

import java.time.Duration;

/**
 * A daemon thread that takes one turn after another until stopped: the feed's sequencer and its Kafka relay each run
 * on one. A turn waits for its work and does it; it handles its own failures, so that only a stop ends the loop.
 */
final class BackgroundLoop {

    private final String name;

    private final Turn turn;

    private volatile boolean running;

    private Thread thread;

    BackgroundLoop(String name, Turn turn) {
        this.name = name;
        this.turn = turn;
    }

    void start() {
        running = true;
        thread = new Thread(this::turnUntilStopped, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Ends the loop: {@code wake} ends a turn's wait; a turn under way has a few seconds to finish. */
    void stop(Runnable wake) {
        running = false;
        wake.run();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    boolean running() {
        return running;
    }

    private void turnUntilStopped() {
        while (running) {
            try {
                turn.take();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One turn of the loop. */
    interface Turn {

        /** Waits for work and does it; throws only when the thread is interrupted. */
        void take() throws InterruptedException;
    }
}
