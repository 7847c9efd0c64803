package org.coordina.annualplanning.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/** A quarterly report not handed in is due within seven days (published once per report). */
public record QuarterlyReportDueSoon(UUID eventId, Instant occurredAt, UUID reportId, long version, int year,
        Party owner, int quarter, LocalDate dueOn) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return reportId.toString();
    }
}
