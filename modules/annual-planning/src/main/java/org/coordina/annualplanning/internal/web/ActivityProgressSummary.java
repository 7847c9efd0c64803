package org.coordina.annualplanning.internal.web;

import java.util.List;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;

/** An activity's progress over a period: latest status, people reached (reported, contributed, total), indicators. */
record ActivityProgressSummary(UUID activityId, String titleBg, String titleEn, String sectionCode,
        ActivityStatus status, int reportedPeople, int contributedPeople, int peopleReached,
        List<IndicatorProgressView> indicators) {
}
