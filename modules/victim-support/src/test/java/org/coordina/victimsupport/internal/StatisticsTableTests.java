package org.coordina.victimsupport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.junit.jupiter.api.Test;

class StatisticsTableTests {

    /** 12 victims: 10 women and 2 men, 11 adults and a child, every tabulation agreeing. */
    static List<StatisticsCell> twelveVictims() {
        var cells = new ArrayList<StatisticsCell>();
        cells.add(new StatisticsCell(Tabulation.EXPLOITATION_BY_SEX, "SEXUAL_EXPLOITATION", "FEMALE", 8));
        cells.add(new StatisticsCell(Tabulation.EXPLOITATION_BY_SEX, "LABOUR_EXPLOITATION", "FEMALE", 2));
        cells.add(new StatisticsCell(Tabulation.EXPLOITATION_BY_SEX, "LABOUR_EXPLOITATION", "MALE", 2));
        cells.add(new StatisticsCell(Tabulation.AGE_GROUP_BY_SEX, "ADULT", "FEMALE", 9));
        cells.add(new StatisticsCell(Tabulation.AGE_GROUP_BY_SEX, "CHILD", "FEMALE", 1));
        cells.add(new StatisticsCell(Tabulation.AGE_GROUP_BY_SEX, "ADULT", "MALE", 2));
        cells.add(new StatisticsCell(Tabulation.CITIZENSHIP_BY_SEX, "NATIONAL", "FEMALE", 10));
        cells.add(new StatisticsCell(Tabulation.CITIZENSHIP_BY_SEX, "NATIONAL", "MALE", 2));
        cells.add(new StatisticsCell(Tabulation.IDENTIFICATION_BY_AGE_GROUP, "FORMALLY_IDENTIFIED", "ADULT", 11));
        cells.add(new StatisticsCell(Tabulation.IDENTIFICATION_BY_AGE_GROUP, "PRESUMED", "CHILD", 1));
        cells.add(new StatisticsCell(Tabulation.STAGE_BY_AGE_GROUP, "REFERRAL", "ADULT", 11));
        cells.add(new StatisticsCell(Tabulation.STAGE_BY_AGE_GROUP, "CRISIS_INTERVENTION", "CHILD", 1));
        return cells;
    }

    @Test
    void aConsistentTableKeepsItsCountsAndMargins() {
        var table = StatisticsTable.of(12, twelveVictims());
        assertThat(table.total()).isEqualTo(12);
        assertThat(table.count(Tabulation.AGE_GROUP_BY_SEX, "ADULT", "FEMALE")).isEqualTo(9);
        assertThat(table.count(Tabulation.AGE_GROUP_BY_SEX, "CHILD", "MALE")).isZero();
        assertThat(table.margin(Dimension.SEX, "FEMALE")).isEqualTo(10);
        assertThat(table.margin(Dimension.AGE_GROUP, "CHILD")).isEqualTo(1);
        assertThat(table.margin(Dimension.EXPLOITATION, "LABOUR_EXPLOITATION")).isEqualTo(4);
        assertThat(table.cells()).hasSize(12).containsAll(twelveVictims());
        assertThat(table).isEqualTo(StatisticsTable.of(12, twelveVictims()));
    }

    @Test
    void aTableThatDoesNotSumToTheTotalIsRefused() {
        assertThatThrownBy(() -> StatisticsTable.of(13, twelveVictims())).isInstanceOfSatisfying(DomainProblem.class,
                problem -> {
                    assertThat(problem.messageCode()).isEqualTo("victimsupport.statistics.tableTotal");
                    assertThat(problem.arguments()).containsExactly(Tabulation.EXPLOITATION_BY_SEX, 12L, 13);
                });
    }

    @Test
    void marginsThatDisagreeBetweenTablesAreRefused() {
        var cells = twelveVictims();
        // Citizenship: 9 women and 3 men, where the other tables say 10 and 2.
        cells.set(6, new StatisticsCell(Tabulation.CITIZENSHIP_BY_SEX, "NATIONAL", "FEMALE", 9));
        cells.set(7, new StatisticsCell(Tabulation.CITIZENSHIP_BY_SEX, "NATIONAL", "MALE", 3));
        assertThatThrownBy(() -> StatisticsTable.of(12, cells)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> {
                    assertThat(problem.messageCode()).isEqualTo("victimsupport.statistics.marginMismatch");
                    assertThat(problem.arguments()).containsExactly(Dimension.SEX, "FEMALE",
                            Tabulation.EXPLOITATION_BY_SEX, 10, Tabulation.CITIZENSHIP_BY_SEX, 9);
                });
    }

    @Test
    void anAgeMarginThatDisagreesIsRefusedToo() {
        var cells = twelveVictims();
        cells.set(10, new StatisticsCell(Tabulation.STAGE_BY_AGE_GROUP, "REFERRAL", "ADULT", 10));
        cells.set(11, new StatisticsCell(Tabulation.STAGE_BY_AGE_GROUP, "CRISIS_INTERVENTION", "CHILD", 2));
        assertThatThrownBy(() -> StatisticsTable.of(12, cells)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.arguments()).containsExactly(Dimension.AGE_GROUP, "CHILD",
                        Tabulation.AGE_GROUP_BY_SEX, 1, Tabulation.STAGE_BY_AGE_GROUP, 2));
    }

    @Test
    void unknownValuesNegativeCountsAndDuplicatesAreRefused() {
        var unknown = twelveVictims();
        unknown.add(new StatisticsCell(Tabulation.AGE_GROUP_BY_SEX, "ELDERLY", "FEMALE", 0));
        assertThatThrownBy(() -> StatisticsTable.of(12, unknown)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.arguments()).containsExactly(Tabulation.AGE_GROUP_BY_SEX, "ELDERLY"));
        var unknownColumn = twelveVictims();
        unknownColumn.add(new StatisticsCell(Tabulation.AGE_GROUP_BY_SEX, "ADULT", "OTHER", 0));
        assertThatThrownBy(() -> StatisticsTable.of(12, unknownColumn)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.arguments()).containsExactly(Tabulation.AGE_GROUP_BY_SEX, "OTHER"));
        var negative = twelveVictims();
        negative.add(new StatisticsCell(Tabulation.AGE_GROUP_BY_SEX, "CHILD", "MALE", -1));
        assertThatThrownBy(() -> StatisticsTable.of(12, negative)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.messageCode()).isEqualTo("victimsupport.statistics.negative"));
        var duplicate = twelveVictims();
        duplicate.add(new StatisticsCell(Tabulation.AGE_GROUP_BY_SEX, "ADULT", "FEMALE", 0));
        assertThatThrownBy(() -> StatisticsTable.of(12, duplicate)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.messageCode()).isEqualTo("victimsupport.statistics.duplicateCell"));
        assertThatThrownBy(() -> StatisticsTable.of(-1, List.of())).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.messageCode()).isEqualTo("victimsupport.statistics.negative"));
    }

    @Test
    void anEmptyQuarterIsATableOfZeros() {
        var table = StatisticsTable.of(0, List.of());
        assertThat(table.cells()).isEmpty();
        assertThat(table.margin(Dimension.STAGE, "REFERRAL")).isZero();
    }

    @Test
    void randomVictimsAlwaysMakeAConsistentTable() {
        var random = new Random(7);
        for (var i = 0; i < 50; i++) {
            var victims = random.nextInt(100);
            var table = SyntheticVictims.table(random, victims);
            assertThat(StatisticsTable.of(victims, table.cells())).isEqualTo(table);
        }
    }
}
