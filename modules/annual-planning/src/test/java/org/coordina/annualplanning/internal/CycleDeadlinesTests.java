package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.annualplanning.internal.ServiceFixture.refused;
import static org.coordina.sharedkernel.domain.DomainProblem.Kind.RULE_VIOLATED;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CycleDeadlinesTests {

    static final LocalDate FEBRUARY = LocalDate.of(2030, 2, 1);

    @Test
    void bothDatesAreRequired() {
        refused(() -> new CycleDeadlines(null, 15, FEBRUARY), RULE_VIOLATED, "annualplanning.cycle.deadlinesMissing");
        refused(() -> new CycleDeadlines(FEBRUARY, 15, null), RULE_VIOLATED, "annualplanning.cycle.deadlinesMissing");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 90 })
    void reportsAreDueZeroToNinetyDaysAfterTheQuarter(int days) {
        assertThat(new CycleDeadlines(FEBRUARY, days, FEBRUARY).reportDueDays()).isEqualTo(days);
    }

    @ParameterizedTest
    @ValueSource(ints = { -1, 91 })
    void notEarlierNorLater(int days) {
        refused(() -> new CycleDeadlines(FEBRUARY, days, FEBRUARY), RULE_VIOLATED, "annualplanning.cycle.reportDueDays",
                days);
    }

    @Test
    void theApprovalTargetIsNotBeforeTheSubmissionDate() {
        var before = FEBRUARY.minusDays(1);
        refused(() -> new CycleDeadlines(FEBRUARY, 15, before), RULE_VIOLATED,
                "annualplanning.cycle.approvalBeforeSubmission", before, FEBRUARY);
        assertThat(new CycleDeadlines(FEBRUARY, 15, FEBRUARY).nationalApprovalTarget()).isEqualTo(FEBRUARY);
    }

    @Test
    void theDefaultsAreTheEndOfJanuaryAndOfFebruaryAndFifteenDays() {
        assertThat(CycleDeadlines.defaultsFor(2031))
                .isEqualTo(new CycleDeadlines(LocalDate.of(2031, 1, 31), 15, LocalDate.of(2031, 2, 28)));
        assertThat(CycleDeadlines.DEFAULT_REPORT_DUE_DAYS).isEqualTo(15);
    }

    @ParameterizedTest
    @CsvSource({ "1, 2030-04-15", "2, 2030-07-15", "3, 2030-10-15", "4, 2031-01-15" })
    void aQuartersReportIsDueTheGivenDaysAfterItsLastDay(int quarter, LocalDate due) {
        assertThat(new CycleDeadlines(FEBRUARY, 15, FEBRUARY).reportDueOn(2030, quarter)).isEqualTo(due);
    }

    @Test
    void withoutDaysTheReportIsDueOnTheQuartersLastDay() {
        assertThat(new CycleDeadlines(FEBRUARY, 0, FEBRUARY).reportDueOn(2030, 1)).isEqualTo(LocalDate.of(2030, 3, 31));
    }
}
