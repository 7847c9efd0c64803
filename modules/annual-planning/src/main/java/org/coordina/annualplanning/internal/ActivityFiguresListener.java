package org.coordina.annualplanning.internal;

import org.coordina.annualplanning.events.ActivityChanged;
import org.coordina.annualplanning.events.ActivityPlanned;
import org.coordina.annualplanning.events.ActivityProgressReported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the roll-up's figures of an activity in step with its writes: a plain, synchronous listener, so the
 * figures change in the transaction that publishes the event (when the aggregate is saved), or not at all.
 */
@Component
class ActivityFiguresListener {

    private final ActivityFigures figures;

    ActivityFiguresListener(ActivityFigures figures) {
        this.figures = figures;
    }

    @EventListener
    void on(ActivityPlanned event) {
        figures.refresh(event.activityId());
    }

    @EventListener
    void on(ActivityChanged event) {
        figures.refresh(event.activityId());
    }

    @EventListener
    void on(ActivityProgressReported event) {
        figures.refresh(event.activityId());
    }
}
