package org.coordina.annualplanning.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/** A quarterly report was submitted; {@code activitiesByStatus} counts the plan's activities by reported status. */
public record QuarterlyReportSubmitted(UUID eventId, Instant occurredAt, UUID reportId, long version, int year,
        Party owner, int quarter, Map<ActivityStatus, Integer> activitiesByStatus) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return reportId.toString();
    }
}
