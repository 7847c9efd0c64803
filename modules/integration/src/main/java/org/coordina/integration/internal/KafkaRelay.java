package org.coordina.integration.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.KafkaException;
import org.springframework.stereotype.Component;

/**
 * Relays the feed to Kafka, in feed order, on a thread of its own (ADR 11): woken when the sequencer has made events
 * readable, it hands every event after those it already sent to the producer at once, without waiting for Kafka's
 * answers to earlier ones, and moves its stored cursor past the events Kafka has acknowledged, in order. A send Kafka
 * refused (a broker that is away) stops the relay; it forgets what it sent after its cursor and, every retry
 * interval, sends again from the cursor, so once the broker answers it sends everything since. Delivery is therefore
 * at least once (events Kafka took after the one it refused are sent again), never lost, and in commit order per
 * aggregate.
 */
@Component
@ConditionalOnBooleanProperty("coordina.events.kafka.enabled")
@EnableConfigurationProperties(KafkaRelayProperties.class)
class KafkaRelay implements SmartLifecycle {

    /** At most this many events are read from the feed at once. */
    static final int BATCH = 500;

    /** At most this many events are sent and not yet acknowledged; the relay waits for Kafka's answers beyond. */
    static final int IN_FLIGHT = 4 * BATCH;

    /** How soon the relay looks at Kafka's answers again while some are outstanding, to move its cursor past them. */
    static final Duration ANSWER_CHECK = Duration.ofMillis(20);

    /** How often the cursor is stored at most while Kafka's answers keep coming. */
    static final Duration CURSOR_INTERVAL = Duration.ofMillis(250);

    private static final long UNKNOWN = -1;

    private static final Logger log = LoggerFactory.getLogger(KafkaRelay.class);

    private final Store store;

    private final Publisher publisher;

    private final FeedSignal sequenced;

    private final KafkaRelayProperties properties;

    private final Object pause = new Object();

    private final BackgroundLoop loop = new BackgroundLoop("integration-kafka-relay", this::turn);

    /** The events sent and not yet known to be acknowledged, in the order sent (the relay's thread only). */
    private final Deque<Sent> unanswered = new ArrayDeque<>();

    /** Every event up to this position is on Kafka: Kafka acknowledged it and every one before it. */
    private long acknowledged = UNKNOWN;

    /** The last event handed to the producer. */
    private long sent = UNKNOWN;

    /** The cursor as last stored, and when ({@link System#nanoTime()}). */
    private long stored = UNKNOWN;

    private long storedAt;

    /** Set by a stop: a backlog being sent is left for the next start (or another instance) after this batch. */
    private volatile boolean stopping;

    private boolean failing;

    KafkaRelay(Store store, Publisher publisher, FeedSignal sequenced, KafkaRelayProperties properties) {
        this.store = store;
        this.publisher = publisher;
        this.sequenced = sequenced;
        this.properties = properties;
    }

    /**
     * Sends every readable event not yet sent, if this instance is the one that relays, and moves the cursor past
     * those Kafka has acknowledged; answers how many were sent. Throws when Kafka refused an event or the database
     * failed, the cursor before it; the next call starts again from the cursor.
     */
    int relayAll() {
        try {
            if (!store.lead()) {
                forget();
                return 0;
            }
            if (sent == UNKNOWN) {
                acknowledged = store.cursor();
                sent = acknowledged;
                stored = acknowledged;
                storedAt = System.nanoTime() - CURSOR_INTERVAL.toNanos();
            }
            int total = sendAll();
            settle();
            storeCursor();
            return total;
        } catch (RuntimeException failure) {
            forget();
            throw failure;
        }
    }

    /**
     * Stores the cursor when it moved, at most every {@link #CURSOR_INTERVAL} while answers are outstanding: under a
     * stream of writes every statement of the relay waits its turn for the database, and while it waits nothing is
     * sent; a cursor stored late only means a few more events sent again after a crash.
     */
    private void storeCursor() {
        long now = System.nanoTime();
        if (acknowledged != stored && (!awaitingAnswers() || now - storedAt >= CURSOR_INTERVAL.toNanos())) {
            store.advance(acknowledged);
            stored = acknowledged;
            storedAt = now;
        }
    }

    /** Whether Kafka's answers to sent events are outstanding. */
    boolean awaitingAnswers() {
        return !unanswered.isEmpty();
    }

    private int sendAll() {
        int total = 0;
        while (!stopping) {
            settle();
            if (unanswered.size() >= IN_FLIGHT) {
                awaitOldest();
                continue;
            }
            List<FeedEntry> batch = store.after(sent, BATCH);
            for (FeedEntry entry : batch) {
                var send = publisher.send(entry);
                unanswered.add(new Sent(entry.position(), send));
                sent = entry.position();
                total++;
                if (send.isCompletedExceptionally()) {
                    // No broker to be found (the producer waited max.block.ms): every other send would wait as long.
                    throw refused(entry.position(), send);
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        return total;
    }

    /** Takes the answered sends off the front, in order; throws at the first Kafka refused. */
    private void settle() {
        while (!unanswered.isEmpty() && unanswered.peekFirst().send().isDone()) {
            Sent oldest = unanswered.pollFirst();
            if (oldest.send().isCompletedExceptionally()) {
                throw refused(oldest.position(), oldest.send());
            }
            acknowledged = oldest.position();
        }
    }

    private static KafkaException refused(long position, CompletableFuture<?> send) {
        try {
            send.join();
            throw new IllegalStateException("The send at position " + position + " did not fail");
        } catch (CompletionException | CancellationException refused) {
            return new KafkaException("Kafka did not take the event at position " + position,
                    refused.getCause() == null ? refused : refused.getCause());
        }
    }

    private void awaitOldest() {
        Sent oldest = unanswered.peekFirst();
        try {
            oldest.send().get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException refused) {
            settle();
        } catch (TimeoutException late) {
            throw new KafkaException("Kafka did not answer within " + properties.sendTimeout() + " for the event at "
                    + "position " + oldest.position(), late);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new KafkaException("Interrupted while waiting for Kafka", interrupted);
        }
    }

    /** Forgets what was sent after the cursor: it is sent again from there. */
    private void forget() {
        unanswered.clear();
        acknowledged = UNKNOWN;
        sent = UNKNOWN;
        stored = UNKNOWN;
    }

    private void turn() throws InterruptedException {
        long seen = sequenced.generation();
        try {
            int relayed = relayAll();
            if (failing) {
                failing = false;
                log.info("Kafka takes the feed's events again ({} sent)", relayed);
            }
            // Kafka's answers are taken as they come without reading the feed again: only sequencing brings events.
            while (awaitingAnswers() && sequenced.generation() == seen && loop.running()) {
                sequenced.awaitAfter(seen, ANSWER_CHECK);
                acknowledge();
            }
        } catch (RuntimeException failure) {
            failed(failure);
            return;
        }
        sequenced.awaitAfter(seen, properties.sweepInterval());
    }

    /** Takes the answers Kafka has given and stores the cursor past them, without reading the feed. */
    void acknowledge() {
        try {
            settle();
            storeCursor();
        } catch (RuntimeException failure) {
            forget();
            throw failure;
        }
    }

    private void failed(RuntimeException failure) throws InterruptedException {
        if (failing) {
            log.debug("Relaying the feed to Kafka failed again", failure);
        } else {
            failing = true;
            // Once per outage, not once per try: the events wait in the feed, nothing is lost.
            log.warn("Relaying the feed to Kafka failed; trying again every {} until it succeeds",
                    properties.retryInterval(), failure);
        }
        synchronized (pause) {
            if (loop.running()) {
                pause.wait(properties.retryInterval().toMillis());
            }
        }
    }

    @Override
    public void start() {
        stopping = false;
        loop.start();
    }

    @Override
    public void stop() {
        stopping = true;
        // Sends under way are answered or not within the producer's delivery timeout; those not answered are sent
        // again by the next relay, here or on another instance.
        loop.stop(() -> {
            synchronized (pause) {
                pause.notifyAll();
            }
            sequenced.signal();
        });
    }

    @Override
    public boolean isRunning() {
        return loop.running();
    }

    /** An event handed to the producer, and Kafka's answer to come. */
    private record Sent(long position, CompletableFuture<?> send) {
    }

    /** The relay's cursor and the feed after it ({@link JdbcKafkaRelay}). */
    interface Store {

        /** Whether this instance is the one that relays, becoming it if no instance is. */
        boolean lead();

        /** The position up to which Kafka has every event. */
        long cursor();

        /** At most {@code max} readable events after {@code position}, in feed order. */
        List<FeedEntry> after(long position, int max);

        /** Moves the cursor to {@code position}: Kafka has every event up to it. */
        void advance(long position);
    }

    /** Hands events to Kafka ({@link KafkaPublisher}). */
    interface Publisher {

        /** Sends an event; the answer completes when Kafka has acknowledged it, exceptionally if it did not. */
        CompletableFuture<?> send(FeedEntry entry);
    }
}
