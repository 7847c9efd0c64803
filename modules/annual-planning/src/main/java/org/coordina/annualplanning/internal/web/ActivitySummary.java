package org.coordina.annualplanning.internal.web;

import java.util.UUID;

import org.coordina.annualplanning.events.ActivityOrigin;
import org.coordina.annualplanning.events.ActivityStatus;

/** An activity in its plan's list, with the status its latest quarterly progress reports. */
record ActivitySummary(UUID id, String sectionCode, String objectiveCode, String titleBg, String titleEn,
        UUID servesActivityId, ActivityOrigin origin, ActivityStatus status, long version) {
}
