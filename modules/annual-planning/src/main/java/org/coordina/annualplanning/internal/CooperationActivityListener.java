package org.coordina.annualplanning.internal;

import org.coordina.internationalcooperation.events.CooperationActivityRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts a cooperation activity that names an annual-planning activity as a contribution to it, in the quarter
 * the cooperation activity started; once per event.
 */
@Component
class CooperationActivityListener {

    /** The contributions' source for international cooperation. */
    static final String SOURCE = "international-cooperation";

    private final Contributions contributions;

    CooperationActivityListener(Contributions contributions) {
        this.contributions = contributions;
    }

    @ApplicationModuleListener(id = "annualplanning.contributions.cooperation-activity-recorded")
    void on(CooperationActivityRecorded event) {
        if (event.planningActivityId() == null) {
            return;
        }
        contributions.record(event.eventId(), event.planningActivityId(), SOURCE, event.activityId(), event.startsOn(),
                event.peopleReached(), event.titleEn());
    }
}
