package org.coordina.notifications.internal;

import java.util.List;

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
import org.coordina.sharedkernel.domain.Party;

/**
 * What each event tells whom: the table of issue 13 in code. Titles, dates, reasons and links only; the
 * e-mail addresses come from the recipient's own account, never from an event.
 */
final class Notices {

    private Notices() {
    }

    static Notice of(QuarterlyReportOverdue event) {
        return new Notice(event.eventId(), NoticeKind.REPORT_OVERDUE,
                List.of(event.quarter(), event.year(), event.owner(), event.dueOn()),
                reportLink(event.year(), event.owner(), event.quarter()), null, Audience.secretaryOf(event.owner()));
    }

    static Notice of(QuarterlyReportDueSoon event) {
        return new Notice(event.eventId(), NoticeKind.REPORT_DUE_SOON,
                List.of(event.quarter(), event.year(), event.owner(), event.dueOn()),
                reportLink(event.year(), event.owner(), event.quarter()), null, Audience.secretaryOf(event.owner()));
    }

    static Notice of(QuarterlyReportReturned event) {
        return new Notice(event.eventId(), NoticeKind.REPORT_RETURNED,
                List.of(event.quarter(), event.year(), event.owner(), text(event.comments())),
                reportLink(event.year(), event.owner(), event.quarter()), null, Audience.secretaryOf(event.owner()));
    }

    static Notice of(QuarterlyReportSubmitted event) {
        return new Notice(event.eventId(), NoticeKind.REPORT_SUBMITTED,
                List.of(event.quarter(), event.year(), event.owner()),
                reportLink(event.year(), event.owner(), event.quarter()), null,
                Audience.national(java.util.EnumSet.of(org.coordina.accounts.events.AccountRole.NATIONAL_ADMIN)));
    }

    static Notice of(PlanReturned event) {
        return new Notice(event.eventId(), NoticeKind.PLAN_RETURNED,
                List.of(event.year(), event.owner(), text(event.reasons())), planLink(event.year(), event.owner()),
                null, Audience.secretaryOf(event.owner()));
    }

    static Notice of(PlanSubmitted event) {
        return new Notice(event.eventId(), NoticeKind.PLAN_SUBMITTED, List.of(event.year(), event.owner()),
                planLink(event.year(), event.owner()), null,
                Audience.national(java.util.EnumSet.of(org.coordina.accounts.events.AccountRole.NATIONAL_ADMIN)));
    }

    static Notice of(MeetingScheduled event) {
        var title = new Bilingual(event.titleBg(), event.titleEn());
        return new Notice(event.eventId(), NoticeKind.MEETING_SCHEDULED, List.of(title, event.startsAt()),
                meetingLink(event.meetingId()),
                new CalendarEntry(event.meetingId(), 0, title, event.startsAt(), event.endsAt(), event.zoneId(), false),
                Audience.meeting(event.organiser(), event.invited().stream().map(code -> code.value()).toList()));
    }

    static Notice of(MeetingRescheduled event, KnownMeeting meeting) {
        return new Notice(event.eventId(), NoticeKind.MEETING_RESCHEDULED,
                List.of(meeting.title(), event.startsAt(), text(event.reason())), meetingLink(event.meetingId()),
                new CalendarEntry(event.meetingId(), event.sequence(), meeting.title(), event.startsAt(), event.endsAt(),
                        event.zoneId(), false),
                Audience.meeting(event.organiser(), meeting.invited()));
    }

    static Notice of(MeetingCancelled event, KnownMeeting meeting) {
        return new Notice(event.eventId(), NoticeKind.MEETING_CANCELLED,
                List.of(meeting.title(), meeting.startsAt(), text(event.reason())), meetingLink(event.meetingId()),
                new CalendarEntry(event.meetingId(), event.sequence(), meeting.title(), meeting.startsAt(),
                        meeting.endsAt(), meeting.zoneId(), true),
                Audience.meeting(event.organiser(), meeting.invited()));
    }

    static Notice of(ActionItemAgreed event) {
        return new Notice(event.eventId(), NoticeKind.ACTION_ITEM_AGREED,
                List.of(new Bilingual(event.descriptionBg(), event.descriptionEn()),
                        event.dueDate() == null ? "—" : event.dueDate()),
                meetingLink(event.meetingId()), null, Audience.responsible(event.responsible()));
    }

    static Notice of(ObligationDueSoon event) {
        return new Notice(event.eventId(), NoticeKind.OBLIGATION_DUE_SOON,
                List.of(new Bilingual(event.titleBg(), event.titleEn()), event.body().name(), event.dueOn()),
                "/cooperation/obligations", null, Audience.national(Audience.NATIONAL_STAFF));
    }

    static Notice of(ObligationOverdue event) {
        return new Notice(event.eventId(), NoticeKind.OBLIGATION_OVERDUE,
                List.of(new Bilingual(event.titleBg(), event.titleEn()), event.body().name(), event.dueOn()),
                "/cooperation/obligations", null, Audience.national(Audience.NATIONAL_STAFF));
    }

    static Notice of(AgreementExpiring event) {
        return new Notice(event.eventId(), NoticeKind.AGREEMENT_EXPIRING,
                List.of(new Bilingual(event.titleBg(), event.titleEn()), event.validTo(), event.daysLeft()),
                "/cooperation/agreements", null, Audience.national(Audience.NATIONAL_STAFF));
    }

    static String planLink(int year, Party owner) {
        return "/planning/" + year + "/plans/" + owner.value();
    }

    static String reportLink(int year, Party owner, int quarter) {
        return planLink(year, owner) + "/quarters/" + quarter;
    }

    static String meetingLink(java.util.UUID meetingId) {
        return "/meetings/" + meetingId;
    }

    /** Reasons and comments are free text: kept, but never longer than a notification shows. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        var stripped = value.strip();
        return stripped.length() > 1000 ? stripped.substring(0, 999) + "…" : stripped;
    }
}
