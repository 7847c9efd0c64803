package org.coordina.notifications.internal;

import java.util.UUID;

import org.coordina.annualplanning.events.PlanReturned;
import org.coordina.annualplanning.events.PlanSubmitted;
import org.coordina.annualplanning.events.QuarterlyReportDueSoon;
import org.coordina.annualplanning.events.QuarterlyReportOverdue;
import org.coordina.annualplanning.events.QuarterlyReportReturned;
import org.coordina.annualplanning.events.QuarterlyReportSubmitted;
import org.coordina.internationalcooperation.events.AgreementExpiring;
import org.coordina.internationalcooperation.events.ObligationDueSoon;
import org.coordina.internationalcooperation.events.ObligationOverdue;
import org.coordina.meetings.events.ActionItemAgreed;
import org.coordina.meetings.events.MeetingCancelled;
import org.coordina.meetings.events.MeetingRescheduled;
import org.coordina.meetings.events.MeetingScheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the listeners hand over: each event told to its audience (see {@link Notices}), the meetings' projection
 * kept on the way, since a reschedule or cancellation names neither the title nor the invited commissions.
 */
@Service
@Transactional
class EventNotifications {

    private static final Logger log = LoggerFactory.getLogger(EventNotifications.class);

    private final Notifier notifier;

    private final JdbcMeetings meetings;

    EventNotifications(Notifier notifier, JdbcMeetings meetings) {
        this.notifier = notifier;
        this.meetings = meetings;
    }

    int on(QuarterlyReportOverdue event) {
        return notifier.notify(Notices.of(event));
    }

    int on(QuarterlyReportDueSoon event) {
        return notifier.notify(Notices.of(event));
    }

    int on(QuarterlyReportReturned event) {
        return notifier.notify(Notices.of(event));
    }

    int on(QuarterlyReportSubmitted event) {
        return notifier.notify(Notices.of(event));
    }

    int on(PlanReturned event) {
        return notifier.notify(Notices.of(event));
    }

    int on(PlanSubmitted event) {
        return notifier.notify(Notices.of(event));
    }

    int on(MeetingScheduled event) {
        meetings.project(new KnownMeeting(event.meetingId(), event.organiser(), event.kind(),
                new Bilingual(event.titleBg(), event.titleEn()), event.startsAt(), event.endsAt(), event.zoneId(),
                event.invited().stream().map(code -> code.value()).toList()), event.version());
        return notifier.notify(Notices.of(event));
    }

    int on(MeetingRescheduled event) {
        var known = meetings.find(event.meetingId());
        if (known.isEmpty()) {
            return unknown(event.meetingId());
        }
        var meeting = known.get();
        meetings.project(new KnownMeeting(meeting.id(), meeting.organiser(), meeting.kind(), meeting.title(),
                event.startsAt(), event.endsAt(), event.zoneId(), meeting.invited()), event.version());
        return notifier.notify(Notices.of(event, meeting));
    }

    int on(MeetingCancelled event) {
        return meetings.find(event.meetingId()).map(meeting -> notifier.notify(Notices.of(event, meeting)))
                .orElseGet(() -> unknown(event.meetingId()));
    }

    int on(ActionItemAgreed event) {
        return notifier.notify(Notices.of(event));
    }

    int on(ObligationDueSoon event) {
        return notifier.notify(Notices.of(event));
    }

    int on(ObligationOverdue event) {
        return notifier.notify(Notices.of(event));
    }

    int on(AgreementExpiring event) {
        return notifier.notify(Notices.of(event));
    }

    /** A meeting scheduled before this module listened: nobody was invited through it, so nobody is told. */
    private static int unknown(UUID meetingId) {
        log.info("Meeting {} is not known here (scheduled before notifications listened): nobody told", meetingId);
        return 0;
    }
}
