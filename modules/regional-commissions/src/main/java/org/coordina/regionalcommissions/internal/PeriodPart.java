package org.coordina.regionalcommissions.internal;

import java.time.LocalDate;

/** The part of a year a trend report covers: a quarter or a half-year. */
public enum PeriodPart {

    Q1(1, 3), Q2(4, 3), Q3(7, 3), Q4(10, 3), H1(1, 6), H2(7, 6);

    private final int firstMonth;

    private final int months;

    PeriodPart(int firstMonth, int months) {
        this.firstMonth = firstMonth;
        this.months = months;
    }

    LocalDate firstDay(int year) {
        return LocalDate.of(year, firstMonth, 1);
    }

    LocalDate lastDay(int year) {
        return firstDay(year).plusMonths(months).minusDays(1);
    }
}
