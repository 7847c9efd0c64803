package org.coordina.annualplanning.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/** The national administration reopened an accepted quarterly report for corrections, with the reason. */
public record QuarterlyReportReopened(UUID eventId, Instant occurredAt, UUID reportId, long version, int year,
        Party owner, int quarter, String reason) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return reportId.toString();
    }
}
