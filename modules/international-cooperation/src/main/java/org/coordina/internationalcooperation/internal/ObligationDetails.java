package org.coordina.internationalcooperation.internal;

import java.util.Objects;

import org.coordina.internationalcooperation.events.ReportingBody;

/** What an obligation is: to whom, titles, legal basis, how often it recurs and which unit answers for it. */
public record ObligationDetails(ReportingBody body, String titleBg, String titleEn, String legalBasis,
        Recurrence recurrence, String responsibleUnit) {

    public ObligationDetails {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(recurrence, "recurrence");
    }
}
