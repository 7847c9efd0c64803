package org.coordina.meetings.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
import org.springframework.test.util.ReflectionTestUtils;

/** Meetings and their parts for the unit tests: the online expert meeting of 3 December 2020. */
final class TestMeetings {

    static final Instant NOW = Instant.parse("2020-12-03T14:00:00Z");

    static final LocalDateTime START = LocalDateTime.of(2020, 12, 3, 10, 0);

    static final LocalDateTime END = LocalDateTime.of(2020, 12, 3, 15, 0);

    private TestMeetings() {
    }

    static CommissionCode code(String code) {
        return new CommissionCode(code);
    }

    static MeetingDetails online(String... invited) {
        return new MeetingDetails("Експертна работна среща", "Expert working meeting",
                MeetingKind.EXPERT_WORKING_MEETING, MeetingFormat.ONLINE, null, "https://meet.example.org/expert",
                List.of(invited).stream().map(CommissionCode::new).toList(), null);
    }

    static MeetingTime time() {
        return new MeetingTime(START, END, null);
    }

    /** A planned national meeting, its scheduling event already taken. */
    static Meeting planned(String... invited) {
        var meeting = Meeting.schedule(Party.NATIONAL, online(invited), time(), NOW);
        clear(meeting);
        return meeting;
    }

    /** A held meeting, its events already taken. */
    static Meeting held() {
        var meeting = planned("BLG");
        meeting.hold(NOW);
        clear(meeting);
        return meeting;
    }

    static Participant participant(String name, Attendance attendance) {
        return new Participant(null, name, null, null, ParticipantRole.EXPERT, attendance);
    }

    static Session session(SessionPart part, String title) {
        return new Session(part, "Сесия " + title, "Session " + title, null, null, null, null, null, null);
    }

    static Minutes minutes() {
        return new Minutes("Протокол", "Minutes", "Изводи", "Conclusions");
    }

    static void clear(Meeting meeting) {
        ReflectionTestUtils.invokeMethod(meeting, "clearDomainEvents");
    }

    static List<Object> events(Meeting meeting) {
        return List.copyOf(ReflectionTestUtils.<java.util.Collection<Object>>invokeMethod(meeting, "domainEvents"));
    }
}
