package org.coordina.regionalcommissions.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoCountryCodeValidatorTests {

    final IsoCountryCodeValidator validator = new IsoCountryCodeValidator();

    @ParameterizedTest
    @CsvSource({ "DE, true", "GR, true", "de, false", "XX, false", "DEU, false", "'', false" })
    void acceptsUpperCaseIsoAlpha2Codes(String value, boolean valid) {
        assertThat(validator.isValid(value, null)).isEqualTo(valid);
    }

    @Test
    void leavesAMissingValueToNotNull() {
        assertThat(validator.isValid(null, null)).isTrue();
    }
}
