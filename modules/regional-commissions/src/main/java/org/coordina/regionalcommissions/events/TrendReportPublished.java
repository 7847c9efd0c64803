package org.coordina.regionalcommissions.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.ModuleEvent;

/**
 * A commission published its analysis of current trends for a period.
 *
 * @param period {@code Q1}–{@code Q4} for a quarter, {@code H1}/{@code H2} for a half-year
 */
public record TrendReportPublished(UUID eventId, Instant occurredAt, UUID trendReportId, long version,
        UUID commissionId, CommissionCode commissionCode, int year, String period, String title) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return trendReportId.toString();
    }
}
