package org.coordina.victimsupport.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.ModuleEvent;

/**
 * The national administration accepted a commission's victim statistics of a quarter, or the accepted
 * statistics were corrected ({@code corrected}); only the protected tables travel.
 */
public record VictimStatisticsAccepted(UUID eventId, Instant occurredAt, UUID statisticsId, long version,
        CommissionCode commission, int year, int quarter, ProtectedStatistics statistics, boolean corrected)
        implements ModuleEvent {

    @Override
    public String aggregateId() {
        return statisticsId.toString();
    }
}
