package org.coordina.annualplanning.internal;

import java.util.List;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;

/**
 * One activity as a row of a quarterly report's form: its section, its progress in the report (NOT_STARTED,
 * empty and version 0 when none was reported yet) and its indicators with the values reported in the quarter.
 */
public record ReportRowEntry(UUID activityId, String sectionCode, Localized section, Localized title,
        ActivityStatus status, String narrative, Integer peopleReached, List<String> evidence, long version,
        List<ReportIndicatorEntry> indicators) {
}
