package org.coordina.annualplanning.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/** The national administration returned a quarterly report to its owner, with comments. */
public record QuarterlyReportReturned(UUID eventId, Instant occurredAt, UUID reportId, long version, int year,
        Party owner, int quarter, String comments) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return reportId.toString();
    }
}
