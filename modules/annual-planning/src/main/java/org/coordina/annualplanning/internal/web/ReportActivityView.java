package org.coordina.annualplanning.internal.web;

import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;

/** An activity of a quarterly report with its status there and the version of its progress entry (0: none yet). */
record ReportActivityView(UUID activityId, String titleBg, String titleEn, String sectionCode, ActivityStatus status,
        Integer peopleReached, long version) {
}
