package org.coordina.regionalcommissions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrendReportContentTests {

    @Test
    void missingListsAreEmptyAndRepeatedEntriesCountOnce() {
        var content = new TrendReportContent("Title", "Summary", null, List.of("Youth", "Youth", "Roma women"), null,
                List.of("DE", "NL", "DE"), null);

        assertThat(content.exploitationForms()).isEmpty();
        assertThat(content.riskGroups()).containsExactly("Youth", "Roma women");
        assertThat(content.recruitmentChannels()).isEmpty();
        assertThat(content.destinationCountries()).containsExactly("DE", "NL");
    }

    @Test
    void exploitationFormsKeepTheirNaturalOrder() {
        var content = new TrendReportContent("Title", "Summary",
                Set.of(ExploitationForm.OTHER, ExploitationForm.SEXUAL_EXPLOITATION), null, null, null, null);

        assertThat(content.exploitationForms()).containsExactly(ExploitationForm.SEXUAL_EXPLOITATION, ExploitationForm.OTHER);
    }

    @Test
    void aCountryIsAnUpperCaseIsoAlpha2Code() {
        assertThat(TrendReportContent.isCountry("DE")).isTrue();
        assertThat(TrendReportContent.isCountry("BG")).isTrue();
        assertThat(TrendReportContent.isCountry("de")).isFalse();
        assertThat(TrendReportContent.isCountry("XX")).isFalse();
    }

    @Test
    void aReportHasATitleAndASummary() {
        assertThatThrownBy(() -> new TrendReportContent(null, "Summary", null, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TrendReportContent("Title", null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theListsCannotBeChangedAfterwards() {
        var forms = EnumSet.of(ExploitationForm.OTHER);
        var groups = new ArrayList<>(List.of("Youth"));
        var content = new TrendReportContent("Title", "Summary", forms, groups, null, null, null);

        forms.add(ExploitationForm.FORCED_BEGGING);
        groups.add("Adults");

        assertThat(content.exploitationForms()).containsExactly(ExploitationForm.OTHER);
        assertThat(content.riskGroups()).containsExactly("Youth");
        assertThatThrownBy(() -> content.riskGroups().add("Adults")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> content.exploitationForms().add(ExploitationForm.OTHER))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "XX", "de", "DEU", "UK", "" })
    void destinationsAreIsoCountryCodes(String country) {
        assertThatThrownBy(() -> new TrendReportContent("Title", "Summary", null, null, null, List.of(country), null))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.messageCode())
                        .isEqualTo("regionalcommissions.trendReport.unknownCountry"));
    }
}
