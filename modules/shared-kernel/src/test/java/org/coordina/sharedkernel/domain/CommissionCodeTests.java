package org.coordina.sharedkernel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class CommissionCodeTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = { "var", "Var", " VAR ", "VAR" })
    void whatAUserTypesIsTrimmedAndUpperCased(String typed) {
        assertThat(CommissionCode.parse(typed)).isEqualTo(new CommissionCode("VAR"));
        assertThat(CommissionCode.isValid(typed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "VA", "VARN", "V4R", "ВАР", "V R" })
    void anythingButThreeLatinLettersIsRefusedWithTheOneMessage(String typed) {
        assertThatThrownBy(() -> CommissionCode.parse(typed)).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.messageCode()).isEqualTo(CommissionCode.INVALID);
            assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.RULE_VIOLATED);
        });
        assertThat(CommissionCode.isValid(typed)).isFalse();
    }

    @Test
    void nullIsNoCode() {
        assertThatThrownBy(() -> CommissionCode.parse(null)).isInstanceOf(DomainProblem.class);
        assertThat(CommissionCode.isValid(null)).isFalse();
    }

    @Test
    void theConstructorTakesOnlyNormalisedCodes() {
        assertThatThrownBy(() -> new CommissionCode("var")).isInstanceOf(DomainProblem.class);
    }

    @Test
    void inJsonItIsThePlainString() {
        record Holder(CommissionCode code) {
        }
        assertThat(json.writeValueAsString(new Holder(new CommissionCode("BGS")))).isEqualTo("{\"code\":\"BGS\"}");
        assertThat(json.readValue("{\"code\":\"bgs\"}", Holder.class).code()).isEqualTo(new CommissionCode("BGS"));
    }

    @Test
    void itReadsAsItsValue() {
        assertThat(new CommissionCode("SLS")).hasToString("SLS");
    }
}
