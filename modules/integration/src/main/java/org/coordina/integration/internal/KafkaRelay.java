package org.coordina.integration.internal;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Relays the feed to Kafka, in feed order, a batch at a time, on a thread of its own (ADR 11): woken when the
 * sequencer has made events readable, it sends every event after its cursor, waits until Kafka has acknowledged
 * them all, and only then moves its cursor past them. A broker that is away leaves the cursor where it is; the relay
 * tries again every retry interval and, once the broker answers, sends everything since. Delivery is therefore at
 * least once (a batch Kafka took only in part is sent again whole), never lost, and in commit order per aggregate.
 */
@Component
@ConditionalOnBooleanProperty("coordina.events.kafka.enabled")
@EnableConfigurationProperties(KafkaRelayProperties.class)
class KafkaRelay implements SmartLifecycle {

    /** At most this many events are sent before the cursor moves; a batch that fills it is followed at once. */
    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(KafkaRelay.class);

    private final Store store;

    private final Publisher publisher;

    private final FeedSignal sequenced;

    private final KafkaRelayProperties properties;

    private final Object pause = new Object();

    private volatile boolean running;

    /** Set by a stop: a backlog being sent is left for the next start (or another instance) after this batch. */
    private volatile boolean stopping;

    private boolean failing;

    private Thread thread;

    KafkaRelay(Store store, Publisher publisher, FeedSignal sequenced, KafkaRelayProperties properties) {
        this.store = store;
        this.publisher = publisher;
        this.sequenced = sequenced;
        this.properties = properties;
    }

    /**
     * Sends every readable event not yet on Kafka, if this instance is the one that relays; answers how many. Throws
     * when Kafka or the database fails, the cursor after the last batch Kafka acknowledged.
     */
    int relayAll() {
        int total = 0;
        while (!stopping && store.lead()) {
            List<FeedEntry> batch = store.next(BATCH);
            if (batch.isEmpty()) {
                break;
            }
            publisher.publish(batch);
            store.advance(batch.get(batch.size() - 1).position());
            total += batch.size();
            if (batch.size() < BATCH) {
                break;
            }
        }
        return total;
    }

    private void relayUntilStopped() {
        while (running) {
            long seen = sequenced.generation();
            try {
                int relayed = relayAll();
                if (failing) {
                    failing = false;
                    log.info("Kafka takes the feed's events again ({} sent)", relayed);
                }
                sequenced.awaitAfter(seen, properties.sweepInterval());
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    private void failed(RuntimeException failure) {
        if (failing) {
            log.debug("Relaying the feed to Kafka failed again", failure);
        } else {
            failing = true;
            // Once per outage, not once per try: the events wait in the feed, nothing is lost.
            log.warn("Relaying the feed to Kafka failed; trying again every {} until it succeeds",
                    properties.retryInterval(), failure);
        }
        synchronized (pause) {
            try {
                if (running) {
                    pause.wait(properties.retryInterval().toMillis());
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    @Override
    public void start() {
        stopping = false;
        running = true;
        thread = new Thread(this::relayUntilStopped, "integration-kafka-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        stopping = true;
        running = false;
        synchronized (pause) {
            pause.notifyAll();
        }
        sequenced.signal();
        try {
            // A batch under way is acknowledged or not within the producer's delivery timeout; one not acknowledged
            // is sent again by the next relay, here or on another instance.
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The relay's cursor and the feed after it ({@link JdbcKafkaRelay}). */
    interface Store {

        /** Whether this instance is the one that relays, becoming it if no instance is. */
        boolean lead();

        /** At most {@code max} readable events after the cursor, in feed order. */
        List<FeedEntry> next(int max);

        /** Moves the cursor past {@code position}: Kafka has every event up to it. */
        void advance(long position);
    }

    /** Sends a batch to Kafka ({@link KafkaPublisher}). */
    interface Publisher {

        /** Sends the events in order and returns when Kafka has acknowledged every one; throws if it did not. */
        void publish(List<FeedEntry> batch);
    }
}
