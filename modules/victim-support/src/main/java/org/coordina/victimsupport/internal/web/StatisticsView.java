package org.coordina.victimsupport.internal.web;

import java.time.Instant;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.victimsupport.events.ProtectedStatistics;
import org.coordina.victimsupport.internal.StatisticsStatus;

/**
 * A commission's victim statistics of a quarter: raw ({@code raw}) for the national admin and experts,
 * protected for everyone else, the secretary who entered them included.
 */
record StatisticsView(CommissionCode commission, int year, int quarter, StatisticsStatus status, Instant submittedAt,
        Instant acceptedAt, boolean raw, ProtectedStatistics statistics, long version) {
}
