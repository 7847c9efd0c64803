package org.coordina.meetings.internal.web;

import java.util.List;
import java.util.Map;

import org.coordina.meetings.internal.ActionItem;
import org.coordina.meetings.internal.Attendance;
import org.coordina.meetings.internal.LinkedItem;
import org.coordina.meetings.internal.Meeting;
import org.coordina.meetings.internal.MeetingDetails;
import org.coordina.meetings.internal.MeetingEntry;
import org.coordina.meetings.internal.MeetingTime;
import org.coordina.meetings.internal.Minutes;
import org.coordina.meetings.internal.Participant;
import org.coordina.meetings.internal.Session;
import org.coordina.meetings.internal.Speaker;
import org.coordina.sharedkernel.persistence.HistoryEntry;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps meeting requests to domain values and meetings to their API views. */
@Mapper
interface MeetingMapper {

    MeetingView toView(Meeting meeting);

    MeetingSummary toSummary(MeetingEntry entry);

    MeetingDetails toDetails(ScheduleMeetingRequest request);

    MeetingDetails toDetails(MeetingDetailsRequest request);

    Session toSession(AgendaRequest.SessionRequest request);

    Speaker toSpeaker(AgendaRequest.SpeakerRequest request);

    LinkedItem toLink(AgendaRequest.LinkRequest request);

    Participant toParticipant(ParticipantsRequest.ParticipantRequest request);

    Minutes toMinutes(MinutesRequest request);

    @Mapping(target = "version", source = "aggregateVersion")
    HistoryView toView(HistoryEntry entry);

    List<HistoryView> toViews(List<HistoryEntry> entries);

    /** The agenda of a request, in order. */
    default List<Session> toAgenda(AgendaRequest request) {
        return request.sessions().stream().map(this::toSession).toList();
    }

    /** The participants of a request, in order. */
    default List<Participant> toParticipants(ParticipantsRequest request) {
        return request.participants().stream().map(this::toParticipant).toList();
    }

    /** A new action item from a request. */
    default ActionItem toActionItem(ActionItemRequest request) {
        return ActionItem.proposed(request.descriptionBg(), request.descriptionEn(), request.responsible(),
                request.dueDate(), request.targetYear(), request.sectionCode());
    }

    /** The time of a new meeting. */
    default MeetingTime toTime(ScheduleMeetingRequest request) {
        return MeetingTime.of(request.startsAt(), request.endsAt(), request.zoneId());
    }

    /** The new time of a rescheduled meeting. */
    default MeetingTime toTime(RescheduleRequest request) {
        return MeetingTime.of(request.startsAt(), request.endsAt(), request.zoneId());
    }

    /** The attendance figures. */
    default MeetingView.AttendanceView toAttendance(Map<Attendance, Integer> counts) {
        return new MeetingView.AttendanceView(counts.values().stream().mapToInt(Integer::intValue).sum(),
                counts.get(Attendance.PRESENT), counts.get(Attendance.ABSENT), counts.get(Attendance.EXCUSED),
                counts.get(Attendance.UNKNOWN));
    }
}
