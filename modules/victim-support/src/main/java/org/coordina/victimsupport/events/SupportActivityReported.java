package org.coordina.victimsupport.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.ModuleEvent;

/**
 * A commission reported what it did to support victims in a period. The number of people supported is
 * protected (suppressed when small); {@code planningActivityId} is the annual-planning activity the work
 * served, if the commission named one.
 */
public record SupportActivityReported(UUID eventId, Instant occurredAt, UUID activityId, long version,
        CommissionCode commission, SupportActivityKind kind, LocalDate periodFrom, LocalDate periodTo, UUID serviceId,
        ProtectedFigure peopleSupported, String description, UUID planningActivityId) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return activityId.toString();
    }
}
