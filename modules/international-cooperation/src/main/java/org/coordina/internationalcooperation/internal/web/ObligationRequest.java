package org.coordina.internationalcooperation.internal.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coordina.internationalcooperation.events.ReportingBody;
import org.coordina.internationalcooperation.internal.ObligationDetails;
import org.coordina.internationalcooperation.internal.Recurrence;
import org.coordina.internationalcooperation.internal.RecurrenceKind;

/**
 * A reporting obligation to create or its new data; {@code recurrenceMonths} only with a CUSTOM recurrence.
 * {@code firstDueOn} is the first deadline, which a change leaves as it is.
 */
record ObligationRequest(@NotNull ReportingBody body, @NotBlank @Size(max = 300) String titleBg,
        @NotBlank @Size(max = 300) String titleEn, @Size(max = 500) String legalBasis, @NotNull RecurrenceKind recurrence,
        @Min(1) @Max(120) Integer recurrenceMonths, @NotNull LocalDate firstDueOn,
        @Size(max = 300) String responsibleUnit) {

    ObligationDetails toDetails() {
        return new ObligationDetails(body, titleBg.strip(), titleEn.strip(), Texts.blankToNull(legalBasis),
                new Recurrence(recurrence, recurrenceMonths), Texts.blankToNull(responsibleUnit));
    }
}
