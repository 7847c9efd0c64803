package org.coordina.annualplanning.internal;

import java.time.LocalDate;

import org.coordina.sharedkernel.domain.DomainProblem;

/** Calendar quarters 1 to 4 of a year. */
final class Quarter {

    private Quarter() {
    }

    /** Refuses anything but 1, 2, 3 or 4. */
    static int check(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw DomainProblem.ruleViolated("annualplanning.quarter.invalid", quarter);
        }
        return quarter;
    }

    static LocalDate firstDay(int year, int quarter) {
        return LocalDate.of(year, (check(quarter) - 1) * 3 + 1, 1);
    }

    static LocalDate lastDay(int year, int quarter) {
        return firstDay(year, quarter).plusMonths(3).minusDays(1);
    }
}
