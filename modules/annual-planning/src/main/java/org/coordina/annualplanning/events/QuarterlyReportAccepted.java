package org.coordina.annualplanning.events;

import java.time.Instant;
import java.util.UUID;

/** The national administration accepted a quarterly report; it is locked. */
public record QuarterlyReportAccepted(UUID eventId, Instant occurredAt, UUID reportId, long version, int year,
        PlanOwner owner, int quarter) {
}
