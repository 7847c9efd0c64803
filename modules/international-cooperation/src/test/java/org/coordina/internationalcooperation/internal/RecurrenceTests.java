package org.coordina.internationalcooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.junit.jupiter.api.Test;

class RecurrenceTests {

    private static final LocalDate END_OF_JANUARY = LocalDate.of(2028, 1, 31);

    private static final LocalDate LEAP_DAY = LocalDate.of(2028, 2, 29);

    @Test
    void aMonthlyDeadlineAtTheEndOfJanuaryFallsOnTheLastDayOfShorterMonthsAndComesBackToThe31st() {
        var monthly = Recurrence.everyMonths(1);

        assertThat(monthly.dueOn(END_OF_JANUARY, 0)).contains(END_OF_JANUARY);
        assertThat(monthly.dueOn(END_OF_JANUARY, 1)).contains(LocalDate.of(2028, 2, 29));
        assertThat(monthly.dueOn(END_OF_JANUARY, 2)).contains(LocalDate.of(2028, 3, 31));
        assertThat(monthly.dueOn(END_OF_JANUARY, 3)).contains(LocalDate.of(2028, 4, 30));
        assertThat(monthly.dueOn(LocalDate.of(2029, 1, 31), 1)).contains(LocalDate.of(2029, 2, 28));
    }

    @Test
    void aYearlyDeadlineOnTheLeapDayFallsOnThe28thInCommonYearsAndReturnsInLeapYears() {
        assertThat(Recurrence.YEARLY.dueOn(LEAP_DAY, 1)).contains(LocalDate.of(2029, 2, 28));
        assertThat(Recurrence.YEARLY.dueOn(LEAP_DAY, 3)).contains(LocalDate.of(2031, 2, 28));
        assertThat(Recurrence.YEARLY.dueOn(LEAP_DAY, 4)).contains(LocalDate.of(2032, 2, 29));
        assertThat(Recurrence.EVERY_TWO_YEARS.dueOn(LEAP_DAY, 1)).contains(LocalDate.of(2030, 2, 28));
        assertThat(Recurrence.EVERY_TWO_YEARS.dueOn(LEAP_DAY, 2)).contains(LocalDate.of(2032, 2, 29));
    }

    @Test
    void everyKindCountsItsPeriodFromTheFirstDeadline() {
        var first = LocalDate.of(2030, 3, 15);

        assertThat(Recurrence.YEARLY.dueOn(first, 2)).contains(LocalDate.of(2032, 3, 15));
        assertThat(Recurrence.EVERY_TWO_YEARS.dueOn(first, 2)).contains(LocalDate.of(2034, 3, 15));
        assertThat(Recurrence.everyMonths(6).dueOn(first, 3)).contains(LocalDate.of(2031, 9, 15));
        assertThat(Recurrence.everyMonths(120).dueOn(first, 1)).contains(LocalDate.of(2040, 3, 15));
    }

    @Test
    void aOneOffObligationHasItsFirstDeadlineOnly() {
        var first = LocalDate.of(2030, 3, 15);

        assertThat(Recurrence.ONE_OFF.dueOn(first, 0)).contains(first);
        assertThat(Recurrence.ONE_OFF.dueOn(first, 1)).isEmpty();
        assertThat(Recurrence.YEARLY.dueOn(first, -1)).isEmpty();
    }

    @Test
    void aCustomRecurrenceNeedsOneToOneHundredTwentyMonthsAndOtherKindsTakeNone() {
        assertThatThrownBy(() -> Recurrence.everyMonths(0)).isInstanceOf(DomainProblem.class)
                .hasMessage("internationalcooperation.recurrence.months");
        assertThatThrownBy(() -> Recurrence.everyMonths(121)).isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> new Recurrence(RecurrenceKind.CUSTOM, null)).isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> new Recurrence(RecurrenceKind.YEARLY, 12)).isInstanceOf(DomainProblem.class)
                .hasMessage("internationalcooperation.recurrence.monthsOnlyForCustom");
        assertThat(Recurrence.everyMonths(1).months()).isEqualTo(1);
        assertThat(Recurrence.everyMonths(120).months()).isEqualTo(120);
    }
}
