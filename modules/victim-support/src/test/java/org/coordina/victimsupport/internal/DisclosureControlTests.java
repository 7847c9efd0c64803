package org.coordina.victimsupport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.coordina.victimsupport.events.ProtectedFigure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class DisclosureControlTests {

    private final DisclosureControl five = new DisclosureControl(new DisclosureProperties(5));

    @Test
    void theMinimumCellSizeIsFiveByDefaultAndNeverBelowThree() {
        var binder = new Binder(new MapConfigurationPropertySource(Map.of()));
        assertThat(binder.bindOrCreate("coordina.victim-support.disclosure", DisclosureProperties.class)
                .minimumCellSize()).isEqualTo(5);
        var tooLow = new Binder(new MapConfigurationPropertySource(
                Map.of("coordina.victim-support.disclosure.minimum-cell-size", "2")));
        assertThatThrownBy(() -> tooLow.bindOrCreate("coordina.victim-support.disclosure", DisclosureProperties.class))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("at least 3, not 2");
        assertThat(new DisclosureProperties(3).minimumCellSize()).isEqualTo(3);
        assertThat(five.minimumCellSize()).isEqualTo(5);
    }

    @Test
    void aSingleCountIsHiddenFromOneToKMinusOne() {
        assertThat(five.protect(0)).isEqualTo(ProtectedFigure.of(0));
        assertThat(five.protect(1)).isEqualTo(ProtectedFigure.hidden());
        assertThat(five.protect(4)).isEqualTo(ProtectedFigure.hidden());
        assertThat(five.protect(5)).isEqualTo(ProtectedFigure.of(5));
        assertThat(ProtectedFigure.hidden().count()).isNull();
    }

    @Test
    void aTableWithoutSmallCountsIsPublishedWhole() {
        var cells = List.of(new StatisticsCell(Tabulation.EXPLOITATION_BY_SEX, "SEXUAL_EXPLOITATION", "FEMALE", 50),
                new StatisticsCell(Tabulation.AGE_GROUP_BY_SEX, "ADULT", "FEMALE", 50),
                new StatisticsCell(Tabulation.CITIZENSHIP_BY_SEX, "NATIONAL", "FEMALE", 50),
                new StatisticsCell(Tabulation.IDENTIFICATION_BY_AGE_GROUP, "FORMALLY_IDENTIFIED", "ADULT", 50),
                new StatisticsCell(Tabulation.STAGE_BY_AGE_GROUP, "REFERRAL", "ADULT", 50));
        var published = five.protect(StatisticsTable.of(50, cells));
        assertThat(published.minimumCellSize()).isEqualTo(5);
        assertThat(published.total()).isEqualTo(ProtectedFigure.of(50));
        assertThat(published.cells()).noneMatch(cell -> cell.figure().suppressed());
        assertThat(published.margins()).noneMatch(margin -> margin.figure().suppressed());
        assertThat(published.cells()).filteredOn(cell -> cell.tabulation().equals("AGE_GROUP_BY_SEX")
                && cell.row().equals("ADULT") && cell.column().equals("FEMALE"))
                .singleElement().extracting(cell -> cell.figure().count()).isEqualTo(50);
    }

    @Test
    void smallCountsAreHiddenWithAPartnerInEveryLine() {
        var published = five.protect(StatisticsTable.of(12, StatisticsTableTests.twelveVictims()));
        var figures = DisclosureControlRandomizedTests.figures(published);
        assertThat(figures.get("SEX=MALE").suppressed()).isTrue();
        assertThat(figures.get("AGE_GROUP=CHILD").suppressed()).isTrue();
        assertThat(figures.get("AGE_GROUP_BY_SEX:CHILD:FEMALE").suppressed()).isTrue();
        assertThat(figures.get("EXPLOITATION_BY_SEX:LABOUR_EXPLOITATION:MALE").suppressed()).isTrue();
        // The sex line (10 women, 2 men, 0 unknown = 12) may not show the women: the men would follow.
        assertThat(figures.get("SEX=FEMALE").suppressed()).isTrue();
        // Zeros are shown: no victim, no person.
        assertThat(figures.get("EXPLOITATION_BY_SEX:REMOVAL_OF_ORGANS:MALE")).isEqualTo(ProtectedFigure.of(0));
        for (var equation : DisclosureControlRandomizedTests.equations()) {
            assertThat(equation.stream().filter(key -> figures.get(key).suppressed()).count()).isNotEqualTo(1);
        }
    }

    @Test
    void theRawTableHidesNothing() {
        var raw = five.raw(StatisticsTable.of(12, StatisticsTableTests.twelveVictims()));
        assertThat(raw.minimumCellSize()).isZero();
        assertThat(raw.total()).isEqualTo(ProtectedFigure.of(12));
        assertThat(DisclosureControlRandomizedTests.figures(raw).get("SEX=MALE")).isEqualTo(ProtectedFigure.of(2));
    }

    @Test
    void aLargerMinimumHidesMore() {
        var table = StatisticsTable.of(12, StatisticsTableTests.twelveVictims());
        var three = DisclosureControlRandomizedTests.figures(new DisclosureControl(new DisclosureProperties(3)).protect(table));
        var ten = DisclosureControlRandomizedTests.figures(new DisclosureControl(new DisclosureProperties(10)).protect(table));
        assertThat(ten.values().stream().filter(ProtectedFigure::suppressed).count())
                .isGreaterThan(three.values().stream().filter(ProtectedFigure::suppressed).count());
        assertThat(three.get("EXPLOITATION_BY_SEX:SEXUAL_EXPLOITATION:FEMALE")).isEqualTo(ProtectedFigure.of(8));
    }
}
