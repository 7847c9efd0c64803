package org.coordina.notifications.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coordina.accounts.events.AccountAccessChanged;
import org.coordina.accounts.events.AccountOpened;
import org.coordina.accounts.events.AccountRole;
import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.annualplanning.events.PlanReturned;
import org.coordina.annualplanning.events.PlanSubmitted;
import org.coordina.annualplanning.events.QuarterlyReportDueSoon;
import org.coordina.annualplanning.events.QuarterlyReportOverdue;
import org.coordina.annualplanning.events.QuarterlyReportReturned;
import org.coordina.annualplanning.events.QuarterlyReportSubmitted;
import org.coordina.internationalcooperation.events.AgreementExpiring;
import org.coordina.internationalcooperation.events.ObligationDueSoon;
import org.coordina.internationalcooperation.events.ObligationOverdue;
import org.coordina.internationalcooperation.events.ReportingBody;
import org.coordina.meetings.events.ActionItemAgreed;
import org.coordina.meetings.events.MeetingCancelled;
import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.meetings.events.MeetingRescheduled;
import org.coordina.meetings.events.MeetingScheduled;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;

/** Events as the other modules publish them, with fresh ids, for the notifications' tests. */
final class TestEvents {

    static final Instant AT = Instant.parse("2026-04-10T08:00:00Z");

    static final LocalDateTime STARTS = LocalDateTime.of(2026, 5, 12, 10, 0);

    private TestEvents() {
    }

    static AccountOpened opened(UUID id, String username, AccountRole role, String commission) {
        return new AccountOpened(UUID.randomUUID(), AT, id, 1, username, role,
                commission == null ? null : new CommissionCode(commission), username + "@example.org");
    }

    static AccountAccessChanged disabled(UUID id, String username, AccountRole role, String commission, long version) {
        return new AccountAccessChanged(UUID.randomUUID(), AT, id, version, username, AccountAccessChanged.Change.DISABLED,
                role, commission == null ? null : new CommissionCode(commission), false);
    }

    static QuarterlyReportOverdue reportOverdue(String owner) {
        return new QuarterlyReportOverdue(UUID.randomUUID(), AT, UUID.randomUUID(), 3, 2026, Party.parse(owner), 1,
                LocalDate.of(2026, 4, 5));
    }

    static QuarterlyReportDueSoon reportDueSoon(String owner) {
        return new QuarterlyReportDueSoon(UUID.randomUUID(), AT, UUID.randomUUID(), 2, 2026, Party.parse(owner), 3,
                LocalDate.of(2026, 10, 15));
    }

    static QuarterlyReportReturned reportReturned(String owner) {
        return new QuarterlyReportReturned(UUID.randomUUID(), AT, UUID.randomUUID(), 4, 2026, Party.parse(owner), 2,
                "Figures for activity 3 are missing.");
    }

    static QuarterlyReportSubmitted reportSubmitted(String owner) {
        return new QuarterlyReportSubmitted(UUID.randomUUID(), AT, UUID.randomUUID(), 2, 2026, Party.parse(owner), 1,
                Map.of(ActivityStatus.COMPLETED, 2));
    }

    static PlanReturned planReturned(String owner) {
        return new PlanReturned(UUID.randomUUID(), AT, UUID.randomUUID(), 5, 2026, Party.parse(owner),
                "Section III has no activities.");
    }

    static PlanSubmitted planSubmitted(String owner) {
        return new PlanSubmitted(UUID.randomUUID(), AT, UUID.randomUUID(), 4, 2026, Party.parse(owner), 7);
    }

    static MeetingScheduled meetingScheduled(UUID meetingId, String organiser, String... invited) {
        return new MeetingScheduled(UUID.randomUUID(), AT, meetingId, 1, Party.parse(organiser),
                MeetingKind.NATIONAL_MEETING, MeetingFormat.HYBRID, "Национална среща", "National meeting", STARTS,
                STARTS.plusHours(3), "Europe/Sofia", List.of(invited).stream().map(CommissionCode::new).toList(), null);
    }

    static MeetingRescheduled meetingRescheduled(UUID meetingId, String organiser) {
        return new MeetingRescheduled(UUID.randomUUID(), AT, meetingId, 2, Party.parse(organiser), STARTS.plusDays(7),
                STARTS.plusDays(7).plusHours(3), "Europe/Sofia", 1, "The hall is taken.");
    }

    static MeetingCancelled meetingCancelled(UUID meetingId, String organiser) {
        return new MeetingCancelled(UUID.randomUUID(), AT, meetingId, 3, Party.parse(organiser), 2, "No quorum.");
    }

    static ActionItemAgreed actionItemAgreed(String responsible) {
        return new ActionItemAgreed(UUID.randomUUID(), AT, UUID.randomUUID(), 4, UUID.randomUUID(),
                Party.parse(responsible), 2026, "III", "Обучение на учители", "Train teachers", LocalDate.of(2026, 9, 30));
    }

    static ObligationDueSoon obligationDueSoon() {
        return new ObligationDueSoon(UUID.randomUUID(), AT, UUID.randomUUID(), 2, UUID.randomUUID(), ReportingBody.GRETA,
                "Въпросник на GRETA", "GRETA questionnaire", LocalDate.of(2026, 5, 1));
    }

    static ObligationOverdue obligationOverdue() {
        return new ObligationOverdue(UUID.randomUUID(), AT, UUID.randomUUID(), 3, UUID.randomUUID(),
                ReportingBody.EU_ANTI_TRAFFICKING_COORDINATOR, "Доклад към ЕС", "EU report", LocalDate.of(2026, 4, 1));
    }

    static AgreementExpiring agreementExpiring() {
        return new AgreementExpiring(UUID.randomUUID(), AT, UUID.randomUUID(), 2, "Споразумение с МОМ",
                "Agreement with IOM", LocalDate.of(2026, 6, 30), 81);
    }
}
