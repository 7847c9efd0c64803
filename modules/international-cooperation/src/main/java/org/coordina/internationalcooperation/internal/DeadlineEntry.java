package org.coordina.internationalcooperation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.internationalcooperation.events.ReportingBody;

/** One deadline of an obligation, for the calendar feed. */
public record DeadlineEntry(UUID occurrenceId, UUID obligationId, ReportingBody body, String titleBg, String titleEn,
        String legalBasis, String responsibleUnit, LocalDate dueOn, OccurrenceStatus status, Instant lastModifiedAt) {
}
