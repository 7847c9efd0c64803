package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.annualplanning.internal.ServiceFixture.refused;
import static org.coordina.sharedkernel.domain.DomainProblem.Kind.RULE_VIOLATED;

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
        refused(() -> PlanOwner.parse(text), RULE_VIOLATED, "annualplanning.owner.invalid", normalised);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "var", "NATIONAL", " VAR" })
    void theConstructorTakesOnlyNormalisedValues(String value) {
        refused(() -> new PlanOwner(value), RULE_VIOLATED, "annualplanning.owner.invalid", value);
    }

    @Test
    void nothingParsesAsNothing() {
        refused(() -> PlanOwner.parse(null), RULE_VIOLATED, "annualplanning.owner.invalid", (Object) null);
    }
}
