package org.coordina.notifications.internal;

import org.coordina.meetings.events.ActionItemAgreed;
import org.coordina.meetings.events.MeetingCancelled;
import org.coordina.meetings.events.MeetingRescheduled;
import org.coordina.meetings.events.MeetingScheduled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a meeting's audience of its scheduling, rescheduling and cancellation (with the {@code .ics}), and the
 * responsible party of an agreed action item.
 */
@Component
class MeetingNotifications {

    private final EventNotifications notifications;

    MeetingNotifications(EventNotifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener(id = "notifications.meetings.scheduled")
    void on(MeetingScheduled event) {
        notifications.on(event);
    }

    @ApplicationModuleListener(id = "notifications.meetings.rescheduled")
    void on(MeetingRescheduled event) {
        notifications.on(event);
    }

    @ApplicationModuleListener(id = "notifications.meetings.cancelled")
    void on(MeetingCancelled event) {
        notifications.on(event);
    }

    @ApplicationModuleListener(id = "notifications.meetings.action-item-agreed")
    void on(ActionItemAgreed event) {
        notifications.on(event);
    }
}
