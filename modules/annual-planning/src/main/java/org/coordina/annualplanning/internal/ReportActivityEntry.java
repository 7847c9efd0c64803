package org.coordina.annualplanning.internal;

import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;

/** One activity of a quarterly report: its progress there (NOT_STARTED and version 0 when none was reported). */
public record ReportActivityEntry(UUID activityId, String titleBg, String titleEn, String sectionCode,
        ActivityStatus status, Integer peopleReached, long version) {
}
