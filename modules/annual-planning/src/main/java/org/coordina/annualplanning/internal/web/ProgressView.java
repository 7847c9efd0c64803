package org.coordina.annualplanning.internal.web;

import java.util.List;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;

/** An activity's progress in a quarter, as its owner reported it (version 0: not reported yet). */
record ProgressView(UUID activityId, int quarter, ActivityStatus status, String narrative, Integer peopleReached,
        List<String> evidence, List<IndicatorValueView> indicatorValues, long version) {
}
