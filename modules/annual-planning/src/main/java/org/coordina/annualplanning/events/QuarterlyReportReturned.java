package org.coordina.annualplanning.events;

import org.coordina.sharedkernel.domain.Party;
import java.time.Instant;
import java.util.UUID;

/** The national administration returned a quarterly report to its owner, with comments. */
public record QuarterlyReportReturned(UUID eventId, Instant occurredAt, UUID reportId, long version, int year,
        Party owner, int quarter, String comments) {
}
