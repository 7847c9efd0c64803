package org.coordina.meetings.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.coordina.meetings.events.ActionItemStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.HistoryEntry;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules meetings and records everything that happens to them: the only way a meeting changes. Each
 * change checks the version the caller edited, the commission codes it names (against the projection
 * of the commissions) and is kept in the meeting's history; a change that changes nothing is not saved.
 */
@Service
@Transactional
public class Meetings {

    private final MeetingRepository meetings;

    private final CommissionRegister commissions;

    private final MeetingHistory history;

    private final Clock clock;

    Meetings(MeetingRepository meetings, CommissionRegister commissions, MeetingHistory history, Clock clock) {
        this.meetings = meetings;
        this.commissions = commissions;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Meeting find(UUID id) {
        return meetings.findById(id).orElseThrow(() -> DomainProblem.notFound("meetings.meeting.notFound", id));
    }

    /**
     * A closed meeting, whose minutes are published (for the minutes as a document); a meeting in any other
     * state is a conflict naming that state.
     */
    @Transactional(readOnly = true)
    public Meeting withPublishedMinutes(UUID id) {
        var meeting = find(id);
        if (meeting.getStatus() != MeetingStatus.CLOSED) {
            throw DomainProblem.conflict("meetings.minutes.notPublished", id, meeting.getStatus());
        }
        return meeting;
    }

    /** Schedules a meeting of this organiser. */
    public Meeting schedule(Party organiser, MeetingDetails details, MeetingTime time) {
        var named = new ArrayList<CommissionCode>(details.invited());
        organiser.commission().ifPresent(named::add);
        commissions.requireUsable(named);
        requireFollowedUpMeeting(details);
        var saved = meetings.save(Meeting.schedule(organiser, details, time, clock.instant()));
        history.created(saved.getId(), saved.getVersion(), saved.snapshot());
        return saved;
    }

    public Meeting changeDetails(UUID id, long expectedVersion, MeetingDetails details) {
        var meeting = current(id, expectedVersion);
        commissions.requireUsable(details.invited());
        requireFollowedUpMeeting(details);
        var before = meeting.snapshot();
        return meeting.changeDetails(details) ? save(meeting, "details changed", before, null) : meeting;
    }

    public Meeting reschedule(UUID id, long expectedVersion, MeetingTime time, String reason) {
        var meeting = current(id, expectedVersion);
        var before = meeting.snapshot();
        return meeting.reschedule(time, reason, clock.instant())
                ? save(meeting, "rescheduled", before, reason == null || reason.isBlank() ? null : reason.strip())
                : meeting;
    }

    public Meeting cancel(UUID id, long expectedVersion, String reason) {
        var meeting = current(id, expectedVersion);
        var before = meeting.snapshot();
        meeting.cancel(reason, clock.instant());
        return save(meeting, "cancelled", before, meeting.getCancelReason());
    }

    public Meeting replaceAgenda(UUID id, long expectedVersion, List<Session> agenda) {
        var meeting = current(id, expectedVersion);
        commissions.requireUsable(agenda.stream().flatMap(session -> session.speakers().stream())
                .map(Speaker::commission).filter(Objects::nonNull).toList());
        var before = meeting.snapshot();
        return meeting.replaceAgenda(agenda) ? save(meeting, "agenda changed", before, null) : meeting;
    }

    public Meeting replaceParticipants(UUID id, long expectedVersion, List<Participant> participants) {
        var meeting = current(id, expectedVersion);
        commissions.requireUsable(
                participants.stream().map(Participant::commission).filter(Objects::nonNull).toList());
        var before = meeting.snapshot();
        return meeting.replaceParticipants(participants) ? save(meeting, "participants changed", before, null)
                : meeting;
    }

    public Meeting hold(UUID id, long expectedVersion) {
        var meeting = current(id, expectedVersion);
        var before = meeting.snapshot();
        meeting.hold(clock.instant());
        return save(meeting, "held", before, null);
    }

    public Meeting recordDecision(UUID id, long expectedVersion, String textBg, String textEn) {
        var meeting = current(id, expectedVersion);
        var before = meeting.snapshot();
        meeting.recordDecision(textBg, textEn, clock.instant());
        return save(meeting, "decision recorded", before, null);
    }

    public Meeting agree(UUID id, long expectedVersion, ActionItem item) {
        var meeting = current(id, expectedVersion);
        item.responsible().commission().ifPresent(code -> commissions.requireUsable(List.of(code)));
        var before = meeting.snapshot();
        meeting.agree(item, clock.instant());
        return save(meeting, "action item agreed", before, null);
    }

    public Meeting changeActionItemStatus(UUID id, long expectedVersion, UUID itemId, ActionItemStatus status) {
        var meeting = current(id, expectedVersion);
        var before = meeting.snapshot();
        return meeting.changeActionItemStatus(itemId, status, clock.instant())
                ? save(meeting, "action item " + status.name().toLowerCase(Locale.ROOT), before, null)
                : meeting;
    }

    /** Writes the minutes of a held meeting, or corrects those of a closed one (a reason is then required). */
    public Meeting writeMinutes(UUID id, long expectedVersion, Minutes minutes, String reason) {
        var meeting = current(id, expectedVersion);
        var before = meeting.snapshot();
        var closed = meeting.getStatus() == MeetingStatus.CLOSED;
        return meeting.writeMinutes(minutes, reason, clock.instant())
                ? save(meeting, closed ? "minutes corrected" : "minutes written", before, closed ? reason.strip() : null)
                : meeting;
    }

    public Meeting close(UUID id, long expectedVersion) {
        var meeting = current(id, expectedVersion);
        var before = meeting.snapshot();
        meeting.close(clock.instant());
        return save(meeting, "closed", before, null);
    }

    /** The meeting's changes, oldest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID id) {
        return history.of(find(id).getId());
    }

    private void requireFollowedUpMeeting(MeetingDetails details) {
        if (details.followUpOf() != null && !meetings.existsById(details.followUpOf())) {
            throw DomainProblem.ruleViolated("meetings.meeting.followUpUnknown", details.followUpOf());
        }
    }

    private Meeting save(Meeting meeting, String action, Map<String, Object> before, String reason) {
        var saved = meetings.save(meeting);
        history.changed(saved.getId(), saved.getVersion(), action, before, saved.snapshot(), reason);
        return saved;
    }

    private Meeting current(UUID id, long expectedVersion) {
        var meeting = find(id);
        StaleVersions.require("The meeting " + id, meeting.getVersion(), expectedVersion);
        return meeting;
    }
}
