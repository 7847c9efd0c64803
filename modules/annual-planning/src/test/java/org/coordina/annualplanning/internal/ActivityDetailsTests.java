package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.coordina.annualplanning.internal.ServiceFixture.refused;
import static org.coordina.sharedkernel.domain.DomainProblem.Kind.RULE_VIOLATED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityDetailsTests {

    static ActivityDetails dated(LocalDate startsOn, LocalDate deadline) {
        return new ActivityDetails("Т", "T", null, "II", null, null, null, null, null, startsOn, deadline, null, null, null);
    }

    static ActivityDetails financed(String amount) {
        return new ActivityDetails("Т", "T", null, "II", null, null, null, null,
                new Financing("Budget", amount == null ? null : new BigDecimal(amount), "BGN"), null, null, null, null, null);
    }

    static ActivityDetails measured(Indicator indicator) {
        return new ActivityDetails("Т", "T", null, "II", null, null, null, null, null, null, null, null, null,
                List.of(indicator));
    }

    @Test
    void missingListsAreEmpty() {
        var details = dated(null, null);
        assertThat(details.responsible()).isEmpty();
        assertThat(details.partners()).isEmpty();
        assertThat(details.plannedQuarters()).isEmpty();
        assertThat(details.indicators()).isEmpty();
    }

    @Test
    void listsAreCopiedAndQuartersSortedWithoutRepetition() {
        var responsible = new ArrayList<>(List.of("Police"));
        var details = new ActivityDetails("Т", "T", null, "II", null, null, responsible, List.of("NGO"), null, null, null,
                List.of(4, 1, 4, 2), null, null);
        responsible.add("Court");
        assertThat(details.responsible()).containsExactly("Police");
        assertThat(details.partners()).containsExactly("NGO");
        assertThat(details.plannedQuarters()).containsExactly(1, 2, 4);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 5 })
    void quartersAreOneToFour(int quarter) {
        refused(() -> new ActivityDetails("Т", "T", null, "II", null, null, null, null, null, null, null,
                List.of(1, quarter), null, null), RULE_VIOLATED, "annualplanning.quarter.invalid", quarter);
    }

    @Test
    void theDeadlineIsNotBeforeTheStart() {
        var start = LocalDate.of(2030, 4, 1);
        refused(() -> dated(start, start.minusDays(1)), RULE_VIOLATED, "annualplanning.activity.deadlineBeforeStart",
                start.minusDays(1), start);
        assertThat(dated(start, start).deadline()).isEqualTo(start);
        assertThat(dated(null, start).deadline()).isEqualTo(start);
        assertThat(dated(start, null).startsOn()).isEqualTo(start);
    }

    @Test
    void aFinancingAmountIsNotNegative() {
        refused(() -> financed("-0.01"), RULE_VIOLATED, "annualplanning.activity.negativeAmount");
        assertThat(financed("0").financing().amount()).isZero();
        assertThat(financed(null).financing().amount()).isNull();
    }

    @Test
    void anIndicatorsTargetIsNotNegative() {
        refused(() -> measured(new Indicator(null, "И", "Reached", "people", BigDecimal.ZERO, new BigDecimal("-1"),
                IndicatorKind.CUMULATIVE)), RULE_VIOLATED, "annualplanning.activity.negativeTarget", "Reached");
        refused(() -> measured(new Indicator(null, "И", "Reached", "people", null, new BigDecimal("-1"),
                IndicatorKind.CUMULATIVE)), RULE_VIOLATED, "annualplanning.activity.negativeTarget", "Reached");
        assertThat(measured(new Indicator(null, "И", "Reached", "people", null, null, IndicatorKind.CUMULATIVE))
                .indicators()).hasSize(1);
        assertThat(measured(new Indicator(null, "И", "Reached", "people", BigDecimal.ONE, BigDecimal.ZERO,
                IndicatorKind.CUMULATIVE)).indicators()).hasSize(1);
    }

    @Test
    void datesLieWithinThePlansYear() {
        assertThatNoException().isThrownBy(() -> dated(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31)).requireWithin(2030));
        assertThatNoException().isThrownBy(() -> dated(null, null).requireWithin(2030));
        refused(() -> dated(LocalDate.of(2029, 12, 31), null).requireWithin(2030), RULE_VIOLATED,
                "annualplanning.activity.outsideYear", LocalDate.of(2029, 12, 31), 2030);
        refused(() -> dated(null, LocalDate.of(2031, 1, 1)).requireWithin(2030), RULE_VIOLATED,
                "annualplanning.activity.outsideYear", LocalDate.of(2031, 1, 1), 2030);
    }
}
