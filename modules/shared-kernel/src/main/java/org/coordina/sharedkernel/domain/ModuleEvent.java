package org.coordina.sharedkernel.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An event a module publishes in its {@code events} package: what the other modules listen to and what
 * integrators receive on Kafka and the HTTP feed. Every such event record implements it.
 */
public interface ModuleEvent {

    /** Unique per occurrence: the CloudEvents {@code id}, by which a consumer recognises a duplicate. */
    UUID eventId();

    /** When the change happened. */
    Instant occurredAt();

    /**
     * The aggregate the event is about (its id, or its natural key such as a commission code): the Kafka
     * key, so that one aggregate's events stay in order. Not a record component, so not in the payload.
     */
    String aggregateId();

    /**
     * Whether integrators receive it on Kafka and the HTTP feed. Only an event that keeps the application's own
     * parts consistent and carries what integrators must not see (a username) answers false; not a record
     * component either.
     */
    default boolean externalized() {
        return true;
    }
}
