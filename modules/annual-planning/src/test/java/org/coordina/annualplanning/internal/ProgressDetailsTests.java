package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressDetailsTests {

    final UUID indicator = UUID.randomUUID();

    @Test
    void blanksAndMissingListsAreNormalised() {
        var details = new ProgressDetails(ActivityStatus.IN_PROGRESS, "  ", null, null, null);
        assertThat(details.narrative()).isNull();
        assertThat(details.evidence()).isEmpty();
        assertThat(details.indicatorValues()).isEmpty();
        assertThat(new ProgressDetails(ActivityStatus.IN_PROGRESS, " Held ", 0, List.of(" https://example.org/a "),
                Set.of()).narrative()).isEqualTo("Held");
        assertThat(new ProgressDetails(ActivityStatus.IN_PROGRESS, null, 0, List.of(" https://example.org/a "),
                Set.of()).evidence()).containsExactly("https://example.org/a");
        assertThat(ProgressDetails.notStarted()).isEqualTo(new ProgressDetails(ActivityStatus.NOT_STARTED, null, null,
                List.of(), Set.of()));
    }

    @Test
    void aStatusIsRequired() {
        refused(() -> new ProgressDetails(null, null, null, null, null), "annualplanning.progress.statusMissing");
    }

    @Test
    void peopleReachedIsZeroOrMore() {
        assertThat(new ProgressDetails(ActivityStatus.IN_PROGRESS, null, 0, null, null).peopleReached()).isZero();
        refused(() -> new ProgressDetails(ActivityStatus.IN_PROGRESS, null, -1, null, null),
                "annualplanning.progress.negativePeople");
    }

    @ParameterizedTest
    @ValueSource(strings = { "javascript:alert(1)", "ftp://example.org/a", "example.org/a", "https://", "http://exa mple.org",
            "" })
    void evidenceIsAnHttpOrHttpsLink(String link) {
        refused(() -> new ProgressDetails(ActivityStatus.IN_PROGRESS, null, null, List.of(link), null),
                "annualplanning.progress.badEvidence");
    }

    @Test
    void evidenceMayNotBeMissing() {
        refused(() -> new ProgressDetails(ActivityStatus.IN_PROGRESS, null, null, new ArrayList<>(Arrays.asList((String) null)),
                null), "annualplanning.progress.badEvidence");
        assertThat(new ProgressDetails(ActivityStatus.IN_PROGRESS, null, null, List.of("HTTP://example.org/a",
                "https://example.org/b?c=d"), null).evidence()).hasSize(2);
    }

    @Test
    void indicatorValuesAreStoredWithTwoDecimals() {
        var details = new ProgressDetails(ActivityStatus.IN_PROGRESS, null, null, null,
                Set.of(new IndicatorValue(indicator, new BigDecimal("4.5"))));
        assertThat(details.indicatorValues()).containsExactly(new IndicatorValue(indicator, new BigDecimal("4.50")));
        assertThat(new ProgressDetails(ActivityStatus.IN_PROGRESS, null, null, null,
                Set.of(new IndicatorValue(indicator, BigDecimal.ZERO))).indicatorValues())
                .containsExactly(new IndicatorValue(indicator, new BigDecimal("0.00")));
        assertThat(new ProgressDetails(ActivityStatus.IN_PROGRESS, null, null, null,
                Set.of(new IndicatorValue(indicator, new BigDecimal("999999999999.99")))).indicatorValues())
                .hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "-0.01", "1000000000000", "1.234" })
    void indicatorValuesOutsideTheStoredRangeAreRefused(String value) {
        refused(() -> new ProgressDetails(ActivityStatus.IN_PROGRESS, null, null, null,
                Set.of(new IndicatorValue(indicator, new BigDecimal(value)))), "annualplanning.progress.valueOutOfRange");
    }

    @Test
    void everyValueNamesItsIndicatorOnce() {
        refused(() -> new ProgressDetails(ActivityStatus.IN_PROGRESS, null, null, null,
                Set.of(new IndicatorValue(null, BigDecimal.ONE))), "annualplanning.progress.valueMissing");
        refused(() -> new ProgressDetails(ActivityStatus.IN_PROGRESS, null, null, null,
                Set.of(new IndicatorValue(indicator, null))), "annualplanning.progress.valueMissing");
        refused(() -> new ProgressDetails(ActivityStatus.IN_PROGRESS, null, null, null,
                Set.of(new IndicatorValue(indicator, BigDecimal.ONE), new IndicatorValue(indicator, BigDecimal.TEN))),
                "annualplanning.progress.duplicateIndicator");
    }

    @Test
    void valuesMustBelongToTheActivitysIndicators() {
        var details = new ProgressDetails(ActivityStatus.IN_PROGRESS, null, null, null,
                Set.of(new IndicatorValue(indicator, BigDecimal.ONE)));
        details.requireIndicatorsOf(Set.of(indicator, UUID.randomUUID()));
        refused(() -> details.requireIndicatorsOf(Set.of(UUID.randomUUID())), "annualplanning.progress.unknownIndicator");
    }

    private static void refused(Runnable creation, String code) {
        assertThatThrownBy(creation::run).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.RULE_VIOLATED);
            assertThat(problem.messageCode()).isEqualTo(code);
        });
    }
}
