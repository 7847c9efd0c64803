package org.coordina.annualplanning.internal;

import org.coordina.annualplanning.events.ActivityStatus;

/**
 * An activity as a row of a quarterly report's export: its progress in the quarter (NOT_STARTED and
 * empty figures when none was entered) and its indicator values as text ("name (unit): value; …").
 */
public record ReportActivityLine(String sectionCode, Localized section, Localized title, ActivityStatus status,
        String narrative, Integer peopleReached, Localized indicatorValues) {
}
