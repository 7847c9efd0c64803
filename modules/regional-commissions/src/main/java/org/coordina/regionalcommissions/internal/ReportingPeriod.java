package org.coordina.regionalcommissions.internal;

import org.coordina.sharedkernel.domain.DomainProblem;

import java.time.LocalDate;
import java.util.Objects;

/** A quarter or half-year of a year, e.g. H2 2020: what a trend report is about. */
public record ReportingPeriod(int year, PeriodPart part) {

    public static final int FIRST_YEAR = 2000;

    public static final int LAST_YEAR = 2100;

    public ReportingPeriod {
        Objects.requireNonNull(part, "part");
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainProblem.ruleViolated("regionalcommissions.period.yearOutOfRange", year, FIRST_YEAR, LAST_YEAR);
        }
    }

    LocalDate firstDay() {
        return part.firstDay(year);
    }

    LocalDate lastDay() {
        return part.lastDay(year);
    }

    /** Whether the period has begun on this day, so that trends in it can have been observed. */
    boolean hasStartedBy(LocalDate day) {
        return !firstDay().isAfter(day);
    }

    @Override
    public String toString() {
        return part + " " + year;
    }
}
