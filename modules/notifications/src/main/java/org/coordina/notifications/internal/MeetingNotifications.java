package org.coordina.notifications.internal;

import org.coordina.meetings.events.ActionItemAgreed;
import org.coordina.meetings.events.MeetingCancelled;
import org.coordina.meetings.events.MeetingRescheduled;
import org.coordina.meetings.events.MeetingScheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a meeting's audience of its scheduling, rescheduling and cancellation (with the {@code .ics}), and the
 * responsible party of an agreed action item. Keeps the meetings' projection, which the later changes need.
 */
@Component
class MeetingNotifications {

    private static final Logger log = LoggerFactory.getLogger(MeetingNotifications.class);

    private final Notifier notifier;

    private final Projections projections;

    private final JdbcMeetings meetings;

    MeetingNotifications(Notifier notifier, Projections projections, JdbcMeetings meetings) {
        this.notifier = notifier;
        this.projections = projections;
        this.meetings = meetings;
    }

    @ApplicationModuleListener(id = "notifications.meetings.scheduled")
    void on(MeetingScheduled event) {
        projections.meeting(new KnownMeeting(event.meetingId(), event.organiser(), event.kind(),
                new Bilingual(event.titleBg(), event.titleEn()), event.startsAt(), event.endsAt(), event.zoneId(),
                event.invited().stream().map(code -> code.value()).toList()), event.version());
        notifier.notify(Notices.of(event));
    }

    @ApplicationModuleListener(id = "notifications.meetings.rescheduled")
    void on(MeetingRescheduled event) {
        meetings.find(event.meetingId()).ifPresentOrElse(meeting -> {
            projections.meeting(new KnownMeeting(meeting.id(), meeting.organiser(), meeting.kind(), meeting.title(),
                    event.startsAt(), event.endsAt(), event.zoneId(), meeting.invited()), event.version());
            notifier.notify(Notices.of(event, meeting));
        }, () -> unknown(event.meetingId()));
    }

    @ApplicationModuleListener(id = "notifications.meetings.cancelled")
    void on(MeetingCancelled event) {
        meetings.find(event.meetingId()).ifPresentOrElse(meeting -> notifier.notify(Notices.of(event, meeting)),
                () -> unknown(event.meetingId()));
    }

    @ApplicationModuleListener(id = "notifications.meetings.action-item-agreed")
    void on(ActionItemAgreed event) {
        notifier.notify(Notices.of(event));
    }

    /** A meeting scheduled before this module listened: nobody was invited through it, so nobody is told. */
    private static void unknown(java.util.UUID meetingId) {
        log.info("Meeting {} is not known here (scheduled before notifications listened): nobody told", meetingId);
    }
}
