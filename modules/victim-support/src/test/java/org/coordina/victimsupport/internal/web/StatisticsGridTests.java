package org.coordina.victimsupport.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.coordina.victimsupport.internal.StatisticsCell;
import org.coordina.victimsupport.internal.StatisticsTable;
import org.coordina.victimsupport.internal.Tabulation;
import org.junit.jupiter.api.Test;

class StatisticsGridTests {

    @Test
    void blankCountsAreZeroAndOtherParametersAreIgnored() {
        var grid = StatisticsGrid.entered(Map.of("total", " 2 ", "version", "7", "_csrf", "x",
                "AGE_GROUP_BY_SEX-ADULT-FEMALE", "2", "AGE_GROUP_BY_SEX-CHILD-MALE", ""));
        assertThat(grid.hasErrors()).isFalse();
        assertThat(grid.total()).isEqualTo(2);
        assertThat(grid.cells()).containsExactly(new StatisticsCell(Tabulation.AGE_GROUP_BY_SEX, "ADULT", "FEMALE", 2));
        assertThat(grid.text("AGE_GROUP_BY_SEX-ADULT-FEMALE")).isEqualTo("2");
        assertThat(grid.text("AGE_GROUP_BY_SEX-ADULT-MALE")).isEmpty();
    }

    @Test
    void aCountThatIsNoWholeNumberInRangeIsAnErrorOfItsFieldAndCountsZero() {
        var grid = StatisticsGrid.entered(Map.of("total", "x", "AGE_GROUP_BY_SEX-ADULT-FEMALE", "-1",
                "AGE_GROUP_BY_SEX-ADULT-MALE", "1000001", "AGE_GROUP_BY_SEX-CHILD-MALE", "1000000"));
        assertThat(grid.errors()).containsOnlyKeys("total", "AGE_GROUP_BY_SEX-ADULT-FEMALE",
                "AGE_GROUP_BY_SEX-ADULT-MALE");
        assertThat(grid.total()).isZero();
        assertThat(grid.cells()).containsExactly(
                new StatisticsCell(Tabulation.AGE_GROUP_BY_SEX, "CHILD", "MALE", 1_000_000));
        assertThat(grid.text("total")).isEqualTo("x");
    }

    @Test
    void storedStatisticsFillEveryFieldAndComeBackTheSame() {
        var table = StatisticsTable.of(1, java.util.List.of(
                new StatisticsCell(Tabulation.EXPLOITATION_BY_SEX, "OTHER", "UNKNOWN", 1),
                new StatisticsCell(Tabulation.AGE_GROUP_BY_SEX, "CHILD", "UNKNOWN", 1),
                new StatisticsCell(Tabulation.CITIZENSHIP_BY_SEX, "NON_EU", "UNKNOWN", 1),
                new StatisticsCell(Tabulation.IDENTIFICATION_BY_AGE_GROUP, "PRESUMED", "CHILD", 1),
                new StatisticsCell(Tabulation.STAGE_BY_AGE_GROUP, "REFERRAL", "CHILD", 1)));
        var grid = StatisticsGrid.of(table);
        assertThat(grid.text(StatisticsGrid.field(Tabulation.AGE_GROUP_BY_SEX, "ADULT", "MALE"))).isEqualTo("0");
        assertThat(grid.table()).isEqualTo(table);
        assertThat(grid.check().disagreements()).isEmpty();
    }
}
