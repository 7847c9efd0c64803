package org.coordina.annualplanning.internal;

import org.coordina.victimsupport.events.SupportActivityReported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records a reported support activity as a contribution to the annual-planning activity it names, in the
 * quarter its period ends; the number of people reached only as victim support published it (none when
 * it was suppressed). An activity that names no planning activity contributes nothing.
 */
@Component
class SupportActivityListener {

    static final String SOURCE = "victim-support";

    private static final int SUMMARY_LENGTH = 500;

    private final Contributions contributions;

    SupportActivityListener(Contributions contributions) {
        this.contributions = contributions;
    }

    @ApplicationModuleListener(id = "annualplanning.contributions.support-activity-reported")
    void on(SupportActivityReported event) {
        if (event.planningActivityId() == null) {
            return;
        }
        var people = event.peopleSupported() == null || event.peopleSupported().suppressed() ? null
                : event.peopleSupported().count();
        contributions.record(event.eventId(), event.planningActivityId(), SOURCE, event.activityId(), event.periodTo(),
                people, summary(event));
    }

    private static String summary(SupportActivityReported event) {
        var summary = event.kind().name() + (event.description() == null ? "" : ": " + event.description());
        return summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH);
    }
}
