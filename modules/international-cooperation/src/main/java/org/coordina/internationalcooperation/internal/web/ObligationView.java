package org.coordina.internationalcooperation.internal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.internationalcooperation.events.ReportingBody;
import org.coordina.internationalcooperation.internal.Occurrence;
import org.coordina.internationalcooperation.internal.OccurrenceStatus;
import org.coordina.internationalcooperation.internal.RecurrenceKind;
import org.coordina.internationalcooperation.internal.ReportingObligation;

/** A reporting obligation with its deadlines so far (the next one included). */
record ObligationView(UUID id, ReportingBody body, String titleBg, String titleEn, String legalBasis,
        RecurrenceKind recurrence, Integer recurrenceMonths, LocalDate firstDueOn, String responsibleUnit,
        LocalDate nextDueOn, List<OccurrenceView> occurrences, long version) {

    /** One deadline. */
    record OccurrenceView(UUID id, LocalDate dueOn, OccurrenceStatus status, LocalDate submittedOn, String reference) {
    }

    static ObligationView of(ReportingObligation obligation) {
        return new ObligationView(obligation.getId(), obligation.getBody(), obligation.getTitleBg(),
                obligation.getTitleEn(), obligation.getLegalBasis(), obligation.getRecurrence().kind(),
                obligation.getRecurrence().months(), obligation.getFirstDueOn(), obligation.getResponsibleUnit(),
                obligation.nextDue().map(Occurrence::dueOn).orElse(null),
                obligation.getOccurrences().stream().map(each -> new OccurrenceView(each.id(), each.dueOn(),
                        each.status(), each.submittedOn(), each.reference())).toList(),
                obligation.getVersion());
    }
}
