package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coordina.annualplanning.events.PlanOwner;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanOwnerTests {

    @Test
    void theNationalAdministrationIsNational() {
        assertThat(PlanOwner.NATIONAL.value()).isEqualTo("national");
        assertThat(PlanOwner.NATIONAL.isNational()).isTrue();
        assertThat(PlanOwner.NATIONAL.commission()).isEmpty();
        assertThat(PlanOwner.NATIONAL).hasToString("national");
    }

    @Test
    void aCommissionIsItsCode() {
        var owner = PlanOwner.of(new CommissionCode("VAR"));
        assertThat(owner.value()).isEqualTo("VAR");
        assertThat(owner.isNational()).isFalse();
        assertThat(owner.commission()).contains(new CommissionCode("VAR"));
        assertThat(owner).hasToString("VAR").isEqualTo(new PlanOwner("VAR"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "national", "NATIONAL", " National " })
    void whatUsersTypeForTheNationalPlanIsNational(String text) {
        assertThat(PlanOwner.parse(text)).isSameAs(PlanOwner.NATIONAL);
    }

    @ParameterizedTest
    @ValueSource(strings = { "var", " VAR ", "Var" })
    void aCodeIsTrimmedAndCapitalised(String text) {
        assertThat(PlanOwner.parse(text)).isEqualTo(new PlanOwner("VAR"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "V4R", "VARN", "VA", "", "nationals", "ВАР" })
    void anythingElseIsRefused(String text) {
        var normalised = text.strip().toUpperCase(java.util.Locale.ROOT);
        assertThatThrownBy(() -> PlanOwner.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A plan's owner is 'national' or a commission code, not '" + normalised + "'");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "var", "NATIONAL", " VAR" })
    void theConstructorTakesOnlyNormalisedValues(String value) {
        assertThatThrownBy(() -> new PlanOwner(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("not '" + value + "'");
    }

    @Test
    void nothingParsesAsNothing() {
        assertThatThrownBy(() -> PlanOwner.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("not 'null'");
    }
}
