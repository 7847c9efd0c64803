package org.coordina.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Each event is told to its audience as its notice, and the meetings' projection is kept on the way. */
class EventNotificationsTests {

    final Notifier notifier = mock(Notifier.class);

    final JdbcMeetings meetings = mock(JdbcMeetings.class);

    final EventNotifications notifications = new EventNotifications(notifier, meetings);

    @Test
    void everyPlanningAndCooperationEventIsToldAsItsNoticeAndAnswersHowManyWereTold() {
        when(notifier.notify(any())).thenReturn(3);

        var overdue = TestEvents.reportOverdue("BLG");
        var dueSoon = TestEvents.reportDueSoon("BLG");
        var returned = TestEvents.reportReturned("BLG");
        var submitted = TestEvents.reportSubmitted("BLG");
        var planReturned = TestEvents.planReturned("VAR");
        var planSubmitted = TestEvents.planSubmitted("VAR");
        var agreed = TestEvents.actionItemAgreed("VAR");
        var obligationDue = TestEvents.obligationDueSoon();
        var obligationOverdue = TestEvents.obligationOverdue();
        var expiring = TestEvents.agreementExpiring();

        assertThat(List.of(notifications.on(overdue), notifications.on(dueSoon), notifications.on(returned),
                notifications.on(submitted), notifications.on(planReturned), notifications.on(planSubmitted),
                notifications.on(agreed), notifications.on(obligationDue), notifications.on(obligationOverdue),
                notifications.on(expiring))).containsOnly(3).hasSize(10);
        verify(notifier).notify(Notices.of(overdue));
        verify(notifier).notify(Notices.of(dueSoon));
        verify(notifier).notify(Notices.of(returned));
        verify(notifier).notify(Notices.of(submitted));
        verify(notifier).notify(Notices.of(planReturned));
        verify(notifier).notify(Notices.of(planSubmitted));
        verify(notifier).notify(Notices.of(agreed));
        verify(notifier).notify(Notices.of(obligationDue));
        verify(notifier).notify(Notices.of(obligationOverdue));
        verify(notifier).notify(Notices.of(expiring));
    }

    @Test
    void aScheduledMeetingIsProjectedWithItsInvitedCommissionsAndTold() {
        when(notifier.notify(any())).thenReturn(5);
        var id = UUID.randomUUID();
        var scheduled = TestEvents.meetingScheduled(id, "national", "VAR", "BLG");

        assertThat(notifications.on(scheduled)).isEqualTo(5);

        verify(meetings).project(new KnownMeeting(id, scheduled.organiser(), scheduled.kind(),
                new Bilingual(scheduled.titleBg(), scheduled.titleEn()), scheduled.startsAt(), scheduled.endsAt(),
                scheduled.zoneId(), List.of("VAR", "BLG")), scheduled.version());
        verify(notifier).notify(Notices.of(scheduled));
    }

    @Test
    void aRescheduledMeetingKeepsItsTitleAndInvitationsTakesTheNewTimesAndIsTold() {
        when(notifier.notify(any())).thenReturn(2);
        var id = UUID.randomUUID();
        var known = new KnownMeeting(id, org.coordina.sharedkernel.domain.Party.parse("national"),
                TestEvents.meetingScheduled(id, "national").kind(), new Bilingual("Среща", "Meeting"),
                TestEvents.STARTS, TestEvents.STARTS.plusHours(1), "Europe/Sofia", List.of("VAR"));
        when(meetings.find(id)).thenReturn(Optional.of(known));
        var rescheduled = TestEvents.meetingRescheduled(id, "national");

        assertThat(notifications.on(rescheduled)).isEqualTo(2);

        verify(meetings).project(new KnownMeeting(id, known.organiser(), known.kind(), known.title(),
                rescheduled.startsAt(), rescheduled.endsAt(), rescheduled.zoneId(), known.invited()),
                rescheduled.version());
        verify(notifier).notify(Notices.of(rescheduled, known));
    }

    @Test
    void aCancelledMeetingIsToldToThoseItInvited() {
        when(notifier.notify(any())).thenReturn(4);
        var id = UUID.randomUUID();
        var known = new KnownMeeting(id, org.coordina.sharedkernel.domain.Party.parse("national"),
                TestEvents.meetingScheduled(id, "national").kind(), new Bilingual("Среща", "Meeting"),
                TestEvents.STARTS, TestEvents.STARTS.plusHours(1), "Europe/Sofia", List.of("VAR"));
        when(meetings.find(id)).thenReturn(Optional.of(known));
        var cancelled = TestEvents.meetingCancelled(id, "national");

        assertThat(notifications.on(cancelled)).isEqualTo(4);
        verify(notifier).notify(Notices.of(cancelled, known));
    }

    @Test
    void aMeetingNotKnownHereTellsNobody() {
        var id = UUID.randomUUID();
        when(meetings.find(id)).thenReturn(Optional.empty());

        assertThat(notifications.on(TestEvents.meetingRescheduled(id, "national"))).isZero();
        assertThat(notifications.on(TestEvents.meetingCancelled(id, "national"))).isZero();
        verify(notifier, never()).notify(any());
        verify(meetings, never()).project(any(), org.mockito.ArgumentMatchers.anyLong());
    }
}
