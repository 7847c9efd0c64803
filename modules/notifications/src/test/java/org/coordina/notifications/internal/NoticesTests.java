package org.coordina.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.coordina.accounts.events.AccountRole;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.Test;

/** Each event tells exactly its audience, with its titles, dates and the link to the page concerned. */
class NoticesTests {

    static final Audience SECRETARY_OF_BLG = new Audience(Set.of(), EnumSet.of(AccountRole.LOCAL_SECRETARY), Set.of("BLG"));

    static final Audience NATIONAL_ADMINS = Audience.national(EnumSet.of(AccountRole.NATIONAL_ADMIN));

    static final Audience NATIONAL_STAFF = Audience.national(
            EnumSet.of(AccountRole.NATIONAL_ADMIN, AccountRole.NATIONAL_EXPERT));

    @Test
    void anOverdueReportTellsItsCommissionsSecretary() {
        var event = TestEvents.reportOverdue("BLG");
        var notice = Notices.of(event);
        assertThat(notice.eventId()).isEqualTo(event.eventId());
        assertThat(notice.kind()).isEqualTo(NoticeKind.REPORT_OVERDUE);
        assertThat(notice.audience()).isEqualTo(SECRETARY_OF_BLG);
        assertThat(notice.link()).isEqualTo("/planning/2026/plans/BLG/quarters/1");
        assertThat(notice.arguments()).containsExactly(1, 2026, new Party("BLG"), LocalDate.of(2026, 4, 5));
        assertThat(notice.calendar()).isNull();
    }

    @Test
    void aReportDueSoonTellsItsCommissionsSecretaryWithTheDueDate() {
        var event = TestEvents.reportDueSoon("VAR");
        var notice = Notices.of(event);
        assertThat(notice.eventId()).isEqualTo(event.eventId());
        assertThat(notice.kind()).isEqualTo(NoticeKind.REPORT_DUE_SOON);
        assertThat(notice.audience()).isEqualTo(Audience.secretaryOf(new Party("VAR")));
        assertThat(notice.link()).isEqualTo("/planning/2026/plans/VAR/quarters/3");
        assertThat(notice.arguments()).containsExactly(3, 2026, new Party("VAR"), LocalDate.of(2026, 10, 15));
        assertThat(notice.calendar()).isNull();
    }

    @Test
    void aNationalReportOverdueTellsTheNationalAdministrators() {
        assertThat(Notices.of(TestEvents.reportOverdue("national")).audience()).isEqualTo(NATIONAL_ADMINS);
    }

    @Test
    void aReturnedReportTellsTheSecretaryWithTheComments() {
        var notice = Notices.of(TestEvents.reportReturned("BLG"));
        assertThat(notice.kind()).isEqualTo(NoticeKind.REPORT_RETURNED);
        assertThat(notice.audience()).isEqualTo(SECRETARY_OF_BLG);
        assertThat(notice.arguments()).containsExactly(2, 2026, new Party("BLG"), "Figures for activity 3 are missing.");
        assertThat(notice.link()).isEqualTo("/planning/2026/plans/BLG/quarters/2");
    }

    @Test
    void aSubmittedReportTellsTheNationalAdministrators() {
        var notice = Notices.of(TestEvents.reportSubmitted("BLG"));
        assertThat(notice.kind()).isEqualTo(NoticeKind.REPORT_SUBMITTED);
        assertThat(notice.audience()).isEqualTo(NATIONAL_ADMINS);
        assertThat(notice.arguments()).containsExactly(1, 2026, new Party("BLG"));
        assertThat(notice.link()).isEqualTo("/planning/2026/plans/BLG/quarters/1");
    }

    @Test
    void aReturnedPlanTellsTheSecretaryWithTheReasons() {
        var notice = Notices.of(TestEvents.planReturned("BLG"));
        assertThat(notice.kind()).isEqualTo(NoticeKind.PLAN_RETURNED);
        assertThat(notice.audience()).isEqualTo(SECRETARY_OF_BLG);
        assertThat(notice.arguments()).containsExactly(2026, new Party("BLG"), "Section III has no activities.");
        assertThat(notice.link()).isEqualTo("/planning/2026/plans/BLG");
    }

    @Test
    void aSubmittedPlanTellsTheNationalAdministrators() {
        var notice = Notices.of(TestEvents.planSubmitted("BLG"));
        assertThat(notice.kind()).isEqualTo(NoticeKind.PLAN_SUBMITTED);
        assertThat(notice.audience()).isEqualTo(NATIONAL_ADMINS);
        assertThat(notice.arguments()).containsExactly(2026, new Party("BLG"));
        assertThat(notice.link()).isEqualTo("/planning/2026/plans/BLG");
    }

    @Test
    void aNationalMeetingTellsTheNationalStaffAndTheInvitedCommissionsWithACalendarEntry() {
        var meetingId = UUID.randomUUID();
        var notice = Notices.of(TestEvents.meetingScheduled(meetingId, "national", "BLG", "VAR"));
        assertThat(notice.kind()).isEqualTo(NoticeKind.MEETING_SCHEDULED);
        assertThat(notice.audience()).isEqualTo(new Audience(NATIONAL_STAFF.nationalRoles(),
                EnumSet.of(AccountRole.LOCAL_SECRETARY, AccountRole.LOCAL_MEMBER), Set.of("BLG", "VAR")));
        assertThat(notice.link()).isEqualTo("/meetings/" + meetingId);
        assertThat(notice.arguments()).containsExactly(new Bilingual("Национална среща", "National meeting"),
                TestEvents.STARTS);
        assertThat(notice.calendar()).isEqualTo(new CalendarEntry(meetingId, 0,
                new Bilingual("Национална среща", "National meeting"), TestEvents.STARTS, TestEvents.STARTS.plusHours(3),
                "Europe/Sofia", false));
    }

    @Test
    void aCommissionsSessionTellsItsOwnLocalUsersAndNoNationalStaff() {
        var notice = Notices.of(TestEvents.meetingScheduled(UUID.randomUUID(), "BLG"));
        assertThat(notice.audience()).isEqualTo(new Audience(Set.of(),
                EnumSet.of(AccountRole.LOCAL_SECRETARY, AccountRole.LOCAL_MEMBER), Set.of("BLG")));
    }

    @Test
    void aRescheduledMeetingTellsItsAudienceTheNewTimeWithTheNextSequence() {
        var meetingId = UUID.randomUUID();
        var meeting = new KnownMeeting(meetingId, Party.NATIONAL, MeetingKind.NATIONAL_MEETING,
                new Bilingual("Среща", "Meeting"), TestEvents.STARTS, TestEvents.STARTS.plusHours(3), "Europe/Sofia",
                java.util.List.of("VAR"));
        var event = TestEvents.meetingRescheduled(meetingId, "national");
        var notice = Notices.of(event, meeting);
        assertThat(notice.kind()).isEqualTo(NoticeKind.MEETING_RESCHEDULED);
        assertThat(notice.audience().commissions()).containsExactly("VAR");
        assertThat(notice.audience().nationalRoles()).isEqualTo(NATIONAL_STAFF.nationalRoles());
        assertThat(notice.arguments()).containsExactly(meeting.title(), event.startsAt(), "The hall is taken.");
        assertThat(notice.calendar()).isEqualTo(new CalendarEntry(meetingId, 1, meeting.title(), event.startsAt(),
                event.endsAt(), "Europe/Sofia", false));
    }

    @Test
    void aCancelledMeetingTellsItsAudienceWithACancellingCalendarEntry() {
        var meetingId = UUID.randomUUID();
        var meeting = new KnownMeeting(meetingId, new Party("BLG"), MeetingKind.LOCAL_COMMISSION_SESSION,
                new Bilingual("Заседание", "Session"), TestEvents.STARTS, TestEvents.STARTS.plusHours(2), "Europe/Sofia",
                java.util.List.of());
        var notice = Notices.of(TestEvents.meetingCancelled(meetingId, "BLG"), meeting);
        assertThat(notice.kind()).isEqualTo(NoticeKind.MEETING_CANCELLED);
        assertThat(notice.audience().commissions()).containsExactly("BLG");
        assertThat(notice.arguments()).containsExactly(meeting.title(), TestEvents.STARTS, "No quorum.");
        assertThat(notice.calendar()).isEqualTo(new CalendarEntry(meetingId, 2, meeting.title(), TestEvents.STARTS,
                TestEvents.STARTS.plusHours(2), "Europe/Sofia", true));
    }

    @Test
    void anAgreedActionItemTellsTheResponsibleSecretaryOrTheNationalStaff() {
        var local = Notices.of(TestEvents.actionItemAgreed("BLG"));
        assertThat(local.kind()).isEqualTo(NoticeKind.ACTION_ITEM_AGREED);
        assertThat(local.audience()).isEqualTo(SECRETARY_OF_BLG);
        assertThat(local.arguments()).containsExactly(new Bilingual("Обучение на учители", "Train teachers"),
                LocalDate.of(2026, 9, 30));
        assertThat(Notices.of(TestEvents.actionItemAgreed("national")).audience()).isEqualTo(NATIONAL_STAFF);
    }

    @Test
    void obligationsAndAgreementsTellTheNationalStaff() {
        var dueSoon = TestEvents.obligationDueSoon();
        var notice = Notices.of(dueSoon);
        assertThat(notice.kind()).isEqualTo(NoticeKind.OBLIGATION_DUE_SOON);
        assertThat(notice.audience()).isEqualTo(NATIONAL_STAFF);
        assertThat(notice.arguments()).containsExactly(new Bilingual("Въпросник на GRETA", "GRETA questionnaire"), "GRETA",
                LocalDate.of(2026, 5, 1));
        assertThat(notice.link()).isEqualTo("/cooperation/obligations");

        var overdue = TestEvents.obligationOverdue();
        assertThat(Notices.of(overdue).kind()).isEqualTo(NoticeKind.OBLIGATION_OVERDUE);
        assertThat(Notices.of(overdue).audience()).isEqualTo(NATIONAL_STAFF);
        assertThat(Notices.of(overdue).link()).isEqualTo("/cooperation/obligations");

        var expiring = TestEvents.agreementExpiring();
        assertThat(Notices.of(expiring).kind()).isEqualTo(NoticeKind.AGREEMENT_EXPIRING);
        assertThat(Notices.of(expiring).audience()).isEqualTo(NATIONAL_STAFF);
        assertThat(Notices.of(expiring).arguments()).containsExactly(
                new Bilingual("Споразумение с МОМ", "Agreement with IOM"), LocalDate.of(2026, 6, 30), 81L);
        assertThat(Notices.of(expiring).link()).isEqualTo("/cooperation/agreements");
    }

    @Test
    void freeTextIsStrippedAndCutToWhatANotificationShows() {
        assertThat(Notices.text(null)).isEmpty();
        assertThat(Notices.text("  why  ")).isEqualTo("why");
        assertThat(Notices.text("x".repeat(1000))).hasSize(1000);
        assertThat(Notices.text("x".repeat(1001))).hasSize(1000).endsWith("…");
    }
}
