package org.coordina.victimsupport.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.ModuleEvent;

/** A commission submitted its victim statistics of a quarter; only the protected tables travel. */
public record VictimStatisticsSubmitted(UUID eventId, Instant occurredAt, UUID statisticsId, long version,
        CommissionCode commission, int year, int quarter, ProtectedStatistics statistics) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return statisticsId.toString();
    }
}
