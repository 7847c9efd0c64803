package org.coordina.sample.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;

/** A test module's event: stands for any module's event, which the integration module knows only as a ModuleEvent. */
public record SampleRecorded(UUID eventId, Instant occurredAt, UUID sampleId, long version, String label)
        implements ModuleEvent {

    /** A new sample event with a fresh id. */
    public static SampleRecorded of(UUID sampleId, long version, String label) {
        return new SampleRecorded(UUID.randomUUID(), Instant.parse("2026-11-29T08:00:00Z"), sampleId, version, label);
    }

    @Override
    public String aggregateId() {
        return sampleId.toString();
    }
}
