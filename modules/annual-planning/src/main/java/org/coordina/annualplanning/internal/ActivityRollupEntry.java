package org.coordina.annualplanning.internal;

import java.util.List;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;

/**
 * An activity's progress over a period: its latest reported status (NOT_STARTED when none), the people
 * reached as its progress entries report them, as other modules' contributions add them, and in total,
 * and its indicators.
 */
public record ActivityRollupEntry(UUID activityId, String titleBg, String titleEn, String sectionCode,
        ActivityStatus status, int reportedPeople, int contributedPeople, List<IndicatorRollupEntry> indicators) {

    public int peopleReached() {
        return reportedPeople + contributedPeople;
    }
}
