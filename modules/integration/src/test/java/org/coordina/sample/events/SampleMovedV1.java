package org.coordina.sample.events;

/** A type name for the event-type naming tests. */
public record SampleMovedV1(String label) {
}
