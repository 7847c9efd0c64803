package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportingPeriodTests {

    @Test
    void periodsSpanTheirQuarters() {
        assertThat(ReportingPeriod.values()).extracting(ReportingPeriod::firstQuarter, ReportingPeriod::lastQuarter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(2, 2),
                        org.assertj.core.groups.Tuple.tuple(3, 3), org.assertj.core.groups.Tuple.tuple(4, 4),
                        org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(3, 4),
                        org.assertj.core.groups.Tuple.tuple(1, 4));
    }

    @Test
    void aContributionCountsInTheQuarterOfItsDay() {
        assertThat(Contributions.quarterOf(LocalDate.of(2030, 1, 1))).isEqualTo(1);
        assertThat(Contributions.quarterOf(LocalDate.of(2030, 3, 31))).isEqualTo(1);
        assertThat(Contributions.quarterOf(LocalDate.of(2030, 4, 1))).isEqualTo(2);
        assertThat(Contributions.quarterOf(LocalDate.of(2030, 9, 30))).isEqualTo(3);
        assertThat(Contributions.quarterOf(LocalDate.of(2030, 12, 31))).isEqualTo(4);
    }

    @Test
    void onlyDraftAndReturnedReportsAreEditable() {
        assertThat(ReportStatus.values()).filteredOn(ReportStatus::isEditable)
                .containsExactly(ReportStatus.DRAFT, ReportStatus.RETURNED);
    }

    @Test
    void reportingDefaultsToANightlyRunInSofia() {
        var defaults = new ReportingProperties(" ", null);
        assertThat(defaults.overdueCron()).isEqualTo("0 30 1 * * *");
        assertThat(defaults.zone()).isEqualTo(java.time.ZoneId.of("Europe/Sofia"));
        assertThat(new ReportingProperties("0 0 2 * * *", java.time.ZoneOffset.UTC).overdueCron()).isEqualTo("0 0 2 * * *");
    }
}
