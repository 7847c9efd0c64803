package org.coordina.sharedkernel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartyTests {

    @Test
    void theNationalAdministrationIsNational() {
        assertThat(Party.NATIONAL.value()).isEqualTo("national");
        assertThat(Party.NATIONAL.isNational()).isTrue();
        assertThat(Party.NATIONAL.commission()).isEmpty();
        assertThat(Party.NATIONAL).hasToString("national");
    }

    @Test
    void aCommissionIsItsCode() {
        var owner = Party.of(new CommissionCode("VAR"));
        assertThat(owner.value()).isEqualTo("VAR");
        assertThat(owner.isNational()).isFalse();
        assertThat(owner.commission()).contains(new CommissionCode("VAR"));
        assertThat(owner).hasToString("VAR").isEqualTo(new Party("VAR"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "national", "NATIONAL", " National " })
    void whatUsersTypeForTheNationalPlanIsNational(String text) {
        assertThat(Party.parse(text)).isSameAs(Party.NATIONAL);
    }

    @ParameterizedTest
    @ValueSource(strings = { "var", " VAR ", "Var" })
    void aCodeIsTrimmedAndCapitalised(String text) {
        assertThat(Party.parse(text)).isEqualTo(new Party("VAR"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "V4R", "VARN", "VA", "", "nationals", "ВАР" })
    void anythingElseIsRefused(String text) {
        var normalised = text.strip().toUpperCase(java.util.Locale.ROOT);
        assertThatThrownBy(() -> Party.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A party is 'national' or a commission code, not '" + normalised + "'");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "var", "NATIONAL", " VAR" })
    void theConstructorTakesOnlyNormalisedValues(String value) {
        assertThatThrownBy(() -> new Party(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("not '" + value + "'");
    }

    @Test
    void nothingParsesAsNothing() {
        assertThatThrownBy(() -> Party.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("not 'null'");
    }
}
