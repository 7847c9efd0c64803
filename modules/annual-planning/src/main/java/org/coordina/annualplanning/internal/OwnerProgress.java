package org.coordina.annualplanning.internal;

import java.util.List;

import org.coordina.sharedkernel.domain.Party;

/**
 * One plan's progress: its activities, its indicators and the state of its report for each quarter
 * ({@code quarters}: four entries, Q1 first). Names are those of the commission, null for the national plan.
 */
public record OwnerProgress(Party owner, String nameBg, String nameEn, PlanStatus planStatus,
        ActivityTally activities, IndicatorTally indicators, List<ReportState> quarters) {
}
