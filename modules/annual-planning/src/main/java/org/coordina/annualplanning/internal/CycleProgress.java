package org.coordina.annualplanning.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The national roll-up of a planning cycle on a day ({@code asOf}, which decides what is overdue): all
 * plans together, then per programme section and per plan owner, and the reports of every quarter.
 */
public record CycleProgress(int year, LocalDate asOf, ActivityTally activities, IndicatorTally indicators,
        List<QuarterTally> reports, List<SectionProgress> sections, List<OwnerProgress> owners) {
}
