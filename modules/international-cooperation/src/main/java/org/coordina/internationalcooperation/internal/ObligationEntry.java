package org.coordina.internationalcooperation.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.coordina.internationalcooperation.events.ReportingBody;

/** An obligation as the list shows it, with its earliest deadline not yet met (none when all are). */
public record ObligationEntry(UUID id, ReportingBody body, String titleBg, String titleEn, RecurrenceKind recurrence,
        String responsibleUnit, LocalDate nextDueOn, OccurrenceStatus nextStatus, long version) {
}
