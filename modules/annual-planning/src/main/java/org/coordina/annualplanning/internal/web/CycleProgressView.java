package org.coordina.annualplanning.internal.web;

import java.time.LocalDate;
import java.util.List;

import org.coordina.annualplanning.internal.ActivityTally;
import org.coordina.annualplanning.internal.CycleProgress;
import org.coordina.annualplanning.internal.IndicatorTally;
import org.coordina.annualplanning.internal.OwnerProgress;
import org.coordina.annualplanning.internal.QuarterTally;
import org.coordina.annualplanning.internal.SectionProgress;

/**
 * The national roll-up of a cycle as of a day: all plans together ({@code activities},
 * {@code indicators}, {@code reports} per quarter), then per programme section and per plan owner.
 */
record CycleProgressView(int year, LocalDate asOf, ActivityTally activities, IndicatorTally indicators,
        List<QuarterTally> reports, List<SectionProgress> sections, List<OwnerProgress> owners) {

    static CycleProgressView of(CycleProgress progress) {
        return new CycleProgressView(progress.year(), progress.asOf(), progress.activities(), progress.indicators(),
                progress.reports(), progress.sections(), progress.owners());
    }
}
