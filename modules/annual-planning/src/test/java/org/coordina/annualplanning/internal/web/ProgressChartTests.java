package org.coordina.annualplanning.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.coordina.annualplanning.internal.ActivityTally;
import org.coordina.annualplanning.internal.IndicatorTally;
import org.coordina.annualplanning.internal.SectionProgress;
import org.junit.jupiter.api.Test;

class ProgressChartTests {

    private static SectionProgress section(String code, long total, long completed) {
        return new SectionProgress(code, "Раздел " + code, "Section " + code,
                new ActivityTally(total, total - completed, 0, completed, 0, 0), IndicatorTally.NONE);
    }

    @Test
    void drawsOneBarPerSectionOnTheScaleOfTheLargestSection() {
        var chart = ProgressChart.of(List.of(section("I", 10, 5), section("II", 5, 0), section("III", 0, 0)));
        int scale = ProgressChart.WIDTH - ProgressChart.LABEL_WIDTH - ProgressChart.FIGURE_WIDTH;

        assertThat(chart.bars()).extracting(ProgressChart.Bar::code).containsExactly("I", "II", "III");
        assertThat(chart.bars()).extracting(ProgressChart.Bar::completed).containsExactly(5L, 0L, 0L);
        assertThat(chart.bars()).extracting(ProgressChart.Bar::trackLength).containsExactly(scale, scale / 2, 0);
        assertThat(chart.bars()).extracting(ProgressChart.Bar::barLength).containsExactly(scale / 2, 0, 0);
        assertThat(chart.bars()).extracting(ProgressChart.Bar::y)
                .containsExactly(8, 8 + ProgressChart.ROW_HEIGHT, 8 + 2 * ProgressChart.ROW_HEIGHT);
        assertThat(chart.bars().get(0).figureX()).isEqualTo(ProgressChart.LABEL_WIDTH + scale + 8);
        assertThat(chart.height()).isEqualTo(3 * ProgressChart.ROW_HEIGHT + 16);
    }

    @Test
    void aCycleWithoutActivitiesDrawsEmptyTracks() {
        var chart = ProgressChart.of(List.of(section("I", 0, 0)));

        assertThat(chart.bars().get(0).trackLength()).isZero();
        assertThat(chart.bars().get(0).barLength()).isZero();
    }
}
