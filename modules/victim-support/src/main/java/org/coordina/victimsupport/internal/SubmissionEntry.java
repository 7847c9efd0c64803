package org.coordina.victimsupport.internal;

import java.time.Instant;

import org.coordina.sharedkernel.domain.CommissionCode;

/** A commission's quarterly statistics as the lists show them: the period and where they stand, no counts. */
public record SubmissionEntry(CommissionCode commission, int year, int quarter, StatisticsStatus status,
        Instant submittedAt, Instant acceptedAt, long version) {
}
