package org.coordina.regionalcommissions.internal;

import java.time.LocalDate;
import java.util.Objects;

/** The act that set a commission up, e.g. order no. 123 of the Mayor of Varna of 1 March 2010. */
public record FoundingAct(String issuer, String number, LocalDate date) {

    public FoundingAct {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
    }
}
