package org.coordina.meetings.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.coordina.meetings.events.ActionItemStatus;
import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.meetings.internal.Attendance;
import org.coordina.meetings.internal.LinkKind;
import org.coordina.meetings.internal.MeetingStatus;
import org.coordina.meetings.internal.ParticipantRole;
import org.coordina.meetings.internal.SessionPart;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;

/** A meeting with its agenda, participants, attendance figures, outcomes and minutes. */
record MeetingView(UUID id, String titleBg, String titleEn, MeetingKind kind, Party organiser, MeetingFormat format,
        String place, String onlineLink, LocalDateTime startsAt, LocalDateTime endsAt, String zoneId, UUID followUpOf,
        MeetingStatus status, int sequence, String cancelReason, List<CommissionCode> invited,
        List<SessionView> agenda, List<ParticipantView> participants, AttendanceView attendance,
        List<DecisionView> decisions, List<ActionItemView> actionItems, MinutesView minutes,
        Instant minutesPublishedAt, long version) {

    /** A session of the agenda. */
    record SessionView(SessionPart part, String titleBg, String titleEn, String purpose, String moderator,
            LocalDateTime startsAt, LocalDateTime endsAt, List<SpeakerView> speakers, List<LinkView> links) {
    }

    /** A speaker of a session. */
    record SpeakerView(String name, String role, CommissionCode commission) {
    }

    /** An item a session discusses. */
    record LinkView(LinkKind kind, String reference, String label) {
    }

    /** A participant with their attendance. */
    record ParticipantView(UUID id, String name, String institution, CommissionCode commission, ParticipantRole role,
            Attendance attendance) {
    }

    /** How many participants attended, were absent or excused, or are not recorded. */
    record AttendanceView(int invited, int present, int absent, int excused, int unknown) {
    }

    /** A decision. */
    record DecisionView(UUID id, String textBg, String textEn) {
    }

    /** An agreed action item. */
    record ActionItemView(UUID id, String descriptionBg, String descriptionEn, Party responsible, LocalDate dueDate,
            int targetYear, String sectionCode, ActionItemStatus status) {
    }

    /** The minutes and conclusions. */
    record MinutesView(String textBg, String textEn, String conclusionsBg, String conclusionsEn) {
    }
}
