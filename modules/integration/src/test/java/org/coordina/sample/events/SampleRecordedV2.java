package org.coordina.sample.events;

/** A type name for the event-type naming tests. */
public record SampleRecordedV2(String label) {
}
