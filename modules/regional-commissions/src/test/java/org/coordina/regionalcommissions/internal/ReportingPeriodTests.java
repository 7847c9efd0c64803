package org.coordina.regionalcommissions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTests {

    @ParameterizedTest(name = "{0} {1}: {2} to {3}")
    @CsvSource({ "2020, Q1, 2020-01-01, 2020-03-31", "2020, Q2, 2020-04-01, 2020-06-30",
            "2020, Q3, 2020-07-01, 2020-09-30", "2020, Q4, 2020-10-01, 2020-12-31",
            "2020, H1, 2020-01-01, 2020-06-30", "2020, H2, 2020-07-01, 2020-12-31",
            "2024, Q1, 2024-01-01, 2024-03-31" })
    void coversItsQuarterOrHalfYear(int year, PeriodPart part, LocalDate first, LocalDate last) {
        var period = new ReportingPeriod(year, part);

        assertThat(period.firstDay()).isEqualTo(first);
        assertThat(period.lastDay()).isEqualTo(last);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1999, 2101, -2020 })
    void refusesYearsOutsideTheRangeCoordinaReportsOn(int year) {
        assertThatThrownBy(() -> new ReportingPeriod(year, PeriodPart.H2)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.messageCode()).isEqualTo("regionalcommissions.period.yearOutOfRange"));
    }

    @ParameterizedTest
    @ValueSource(ints = { 2000, 2001, 2099, 2100 })
    void acceptsTheYearsFrom2000To2100(int year) {
        assertThat(new ReportingPeriod(year, PeriodPart.Q1).year()).isEqualTo(year);
    }

    @Test
    void needsAPartOfTheYear() {
        assertThatThrownBy(() -> new ReportingPeriod(2020, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void hasStartedOnItsFirstDay() {
        var period = new ReportingPeriod(2020, PeriodPart.H2);

        assertThat(period.hasStartedBy(LocalDate.of(2020, 6, 30))).isFalse();
        assertThat(period.hasStartedBy(LocalDate.of(2020, 7, 1))).isTrue();
        assertThat(period).hasToString("H2 2020");
    }
}
