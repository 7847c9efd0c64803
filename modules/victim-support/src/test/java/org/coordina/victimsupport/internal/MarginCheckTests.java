package org.coordina.victimsupport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.junit.jupiter.api.Test;

class MarginCheckTests {

    @Test
    void countsThatAgreeHaveNoDisagreementAndTheirSums() {
        var check = MarginCheck.of(12, StatisticsTableTests.twelveVictims());
        assertThat(check.disagreements()).isEmpty();
        assertThat(check.tableSum(Tabulation.AGE_GROUP_BY_SEX)).isEqualTo(12);
        assertThat(check.rowSum(Tabulation.AGE_GROUP_BY_SEX, "ADULT")).isEqualTo(11);
        assertThat(check.columnSum(Tabulation.AGE_GROUP_BY_SEX, "FEMALE")).isEqualTo(10);
        assertThat(check.margins()).allMatch(MarginCheck.MarginRow::agrees);
        assertThat(check.margins()).filteredOn(row -> row.dimension().equals("SEX") && row.value().equals("FEMALE"))
                .singleElement().satisfies(row -> assertThat(row.sums()).containsExactly(10, 10, 10));
    }

    @Test
    void everyDisagreementIsFoundAtOnceAndTheFirstIsWhatATableRefuses() {
        var cells = StatisticsTableTests.twelveVictims();
        cells.set(3, new StatisticsCell(Tabulation.AGE_GROUP_BY_SEX, "ADULT", "FEMALE", 8));
        // The stage table is one short too, but its adults agree with the (first) age table's 10.
        cells.set(10, new StatisticsCell(Tabulation.STAGE_BY_AGE_GROUP, "REFERRAL", "ADULT", 10));
        var disagreements = MarginCheck.of(12, cells).disagreements();

        assertThat(disagreements).extracting(MarginCheck.Disagreement::code).containsExactly(
                "victimsupport.statistics.tableTotal", "victimsupport.statistics.marginMismatch",
                "victimsupport.statistics.marginMismatch", "victimsupport.statistics.tableTotal");
        assertThat(disagreements.get(0).getArguments()).containsExactly(Tabulation.AGE_GROUP_BY_SEX, 11L, 12);
        assertThat(disagreements.get(1).getArguments()).containsExactly(Dimension.SEX, "FEMALE",
                Tabulation.EXPLOITATION_BY_SEX, 10, Tabulation.AGE_GROUP_BY_SEX, 9);
        assertThat(disagreements.get(1).getCodes()).containsExactly("victimsupport.statistics.marginMismatch");
        assertThatThrownBy(() -> StatisticsTable.of(12, cells)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> {
                    assertThat(problem.messageCode()).isEqualTo(disagreements.get(0).code());
                    assertThat(problem.arguments()).containsExactly(disagreements.get(0).getArguments());
                });
        assertThat(MarginCheck.of(12, cells).margins()).filteredOn(row -> !row.agrees())
                .extracting(MarginCheck.MarginRow::value).containsExactlyInAnyOrder("FEMALE", "ADULT");
    }

    @Test
    void aTotalThatNoTableReachesDisagreesWithEveryTable() {
        assertThat(MarginCheck.of(3, java.util.List.of()).disagreements()).hasSize(Tabulation.values().length)
                .allMatch(disagreement -> disagreement.code().equals("victimsupport.statistics.tableTotal"));
    }
}
