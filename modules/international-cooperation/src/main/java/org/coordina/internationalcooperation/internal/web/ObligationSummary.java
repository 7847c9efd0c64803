package org.coordina.internationalcooperation.internal.web;

import java.time.LocalDate;
import java.util.UUID;

import org.coordina.internationalcooperation.events.ReportingBody;
import org.coordina.internationalcooperation.internal.ObligationEntry;
import org.coordina.internationalcooperation.internal.OccurrenceStatus;
import org.coordina.internationalcooperation.internal.RecurrenceKind;

/** A reporting obligation in the list, with its earliest deadline not yet met. */
record ObligationSummary(UUID id, ReportingBody body, String titleBg, String titleEn, RecurrenceKind recurrence,
        String responsibleUnit, LocalDate nextDueOn, OccurrenceStatus nextStatus, long version) {

    static ObligationSummary of(ObligationEntry entry) {
        return new ObligationSummary(entry.id(), entry.body(), entry.titleBg(), entry.titleEn(), entry.recurrence(),
                entry.responsibleUnit(), entry.nextDueOn(), entry.nextStatus(), entry.version());
    }
}
