package org.coordina.annualplanning.internal.web;

import java.util.ArrayList;
import java.util.List;

import org.coordina.annualplanning.internal.Localized;
import org.coordina.annualplanning.internal.SectionProgress;

/**
 * The geometry of the progress page's bar chart, computed on the server so that the SVG needs no script and no
 * style: per programme section a track as long as its activities and, inside it, a bar as long as the completed
 * ones, on one scale (the section with the most activities fills the width).
 */
record ProgressChart(int width, int height, int labelWidth, List<Bar> bars) {

    static final int WIDTH = 640;

    static final int LABEL_WIDTH = 70;

    /** Room on the right for the figures ("12 / 30"). */
    static final int FIGURE_WIDTH = 90;

    static final int ROW_HEIGHT = 36;

    static final int BAR_HEIGHT = 22;

    /** One section's bar: its code and title, the figures, and where it is drawn. */
    record Bar(String code, Localized title, long completed, long total, int y, int trackLength, int barLength,
            int figureX) {

        /** The baseline of the row's texts. */
        public int textY() {
            return y + BAR_HEIGHT - 6;
        }
    }

    static ProgressChart of(List<SectionProgress> sections) {
        long most = Math.max(1, sections.stream().mapToLong(section -> section.activities().total()).max().orElse(1));
        int scale = WIDTH - LABEL_WIDTH - FIGURE_WIDTH;
        var bars = new ArrayList<Bar>();
        for (int index = 0; index < sections.size(); index++) {
            var section = sections.get(index);
            long total = section.activities().total();
            long completed = section.activities().completed();
            int track = (int) Math.round((double) total * scale / most);
            int bar = (int) Math.round((double) completed * scale / most);
            bars.add(new Bar(section.code(), new Localized(section.titleBg(), section.titleEn()), completed, total,
                    index * ROW_HEIGHT + 8, track, bar, LABEL_WIDTH + track + 8));
        }
        return new ProgressChart(WIDTH, sections.size() * ROW_HEIGHT + 16, LABEL_WIDTH, List.copyOf(bars));
    }
}
