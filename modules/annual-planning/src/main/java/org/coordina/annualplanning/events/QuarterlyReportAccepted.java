package org.coordina.annualplanning.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/** The national administration accepted a quarterly report; it is locked. */
public record QuarterlyReportAccepted(UUID eventId, Instant occurredAt, UUID reportId, long version, int year,
        Party owner, int quarter) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return reportId.toString();
    }
}
