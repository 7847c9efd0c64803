package org.coordina.sharedkernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

class VersionsTests {

    @Test
    void anEtagQuotesTheVersion() {
        assertThat(Versions.etag(7)).isEqualTo("\"7\"");
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"7\"", "W/\"7\"", " \"7\" " })
    void readsTheVersionBackFromIfMatch(String ifMatch) {
        assertThat(Versions.fromIfMatch(ifMatch)).isEqualTo(7);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "  " })
    void aMissingIfMatchIsPreconditionRequired(String ifMatch) {
        assertThatThrownBy(() -> Versions.fromIfMatch(ifMatch)).isInstanceOfSatisfying(CoordinaProblem.class,
                problem -> assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED));
    }

    @ParameterizedTest
    @ValueSource(strings = { "*", "7", "\"seven\"", "\"99999999999999999999\"" })
    void anIfMatchThatNamesNoVersionCannotMatch(String ifMatch) {
        assertThatThrownBy(() -> Versions.fromIfMatch(ifMatch)).isInstanceOfSatisfying(CoordinaProblem.class,
                problem -> assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED));
    }

    @Test
    void aStaleVersionIsA412WithItsOwnProblemType() {
        var problem = Versions.stale();
        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(problem.getBody().getType()).hasToString("urn:coordina:problem:stale-version");
        assertThat(problem.messageCode()).isEqualTo("problem.staleVersion");
    }
}
