package org.coordina.sample.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;

/** A second type of the test module, for the type filter. */
public record SampleWithdrawn(UUID eventId, Instant occurredAt, UUID sampleId, long version) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return sampleId.toString();
    }
}
