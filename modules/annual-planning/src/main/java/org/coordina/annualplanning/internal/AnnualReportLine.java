package org.coordina.annualplanning.internal;

import java.math.BigDecimal;

import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.sharedkernel.domain.Party;

/**
 * An activity in the programme's annual report, with the figures of accepted reports only: its latest
 * accepted status, the people reached in all accepted quarters, and each indicator's actual value
 * against its target ({@code indicators}: "name: actual / target unit; …") with their mean ratio.
 * {@code serves}: the national activity a local one serves, if any.
 */
public record AnnualReportLine(String sectionCode, Localized section, Party owner, Localized title,
        Localized serves, ActivityStatus status, long peopleReached, Localized indicators,
        BigDecimal meanAchievement) {
}
