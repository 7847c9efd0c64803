package org.coordina.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coordina.meetings.internal.TestMeetings.END;
import static org.coordina.meetings.internal.TestMeetings.NOW;
import static org.coordina.meetings.internal.TestMeetings.START;
import static org.coordina.meetings.internal.TestMeetings.code;
import static org.coordina.meetings.internal.TestMeetings.events;
import static org.coordina.meetings.internal.TestMeetings.participant;
import static org.coordina.meetings.internal.TestMeetings.session;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.coordina.meetings.events.ActionItemAgreed;
import org.coordina.meetings.events.ActionItemStatus;
import org.coordina.meetings.events.ActionItemStatusChanged;
import org.coordina.meetings.events.DecisionRecorded;
import org.coordina.meetings.events.MeetingCancelled;
import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingHeld;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.meetings.events.MeetingRescheduled;
import org.coordina.meetings.events.MeetingScheduled;
import org.coordina.meetings.events.MinutesPublished;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.Test;

class MeetingTests {

    @Test
    void aScheduledMeetingIsPlannedAndAnnouncesItselfWithEverythingACalendarNeeds() {
        var meeting = Meeting.schedule(Party.NATIONAL, TestMeetings.online("SLS", "BLG", "BLG"), TestMeetings.time(),
                NOW);

        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(meeting.getSequence()).isZero();
        assertThat(meeting.getZoneId()).isEqualTo("Europe/Sofia");
        assertThat(meeting.getInvited()).containsExactly(code("BLG"), code("SLS"));
        assertThat(meeting.getOrganiser()).isEqualTo(Party.NATIONAL);
        assertThat(events(meeting)).singleElement().isInstanceOfSatisfying(MeetingScheduled.class, event -> {
            assertThat(event.meetingId()).isEqualTo(meeting.getId());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.occurredAt()).isEqualTo(NOW);
            assertThat(event.organiser()).isEqualTo(Party.NATIONAL);
            assertThat(event.kind()).isEqualTo(MeetingKind.EXPERT_WORKING_MEETING);
            assertThat(event.format()).isEqualTo(MeetingFormat.ONLINE);
            assertThat(event.startsAt()).isEqualTo(START);
            assertThat(event.endsAt()).isEqualTo(END);
            assertThat(event.zoneId()).isEqualTo("Europe/Sofia");
            assertThat(event.invited()).containsExactly(code("BLG"), code("SLS"));
            assertThat(event.titleEn()).isEqualTo("Expert working meeting");
            assertThat(event.titleBg()).isEqualTo("Експертна работна среща");
        });
    }

    @Test
    void reschedulingMovesTheMeetingRaisesTheSequenceAndKeepsTheReason() {
        var meeting = TestMeetings.planned();
        var later = new MeetingTime(START.plusDays(7), END.plusDays(7), ZoneId.of("Europe/Berlin"));

        assertThat(meeting.reschedule(later, " Room not free ", NOW)).isTrue();
        assertThat(meeting.reschedule(later, "again", NOW)).as("the same time is no move").isFalse();

        assertThat(meeting.getSequence()).isEqualTo(1);
        assertThat(meeting.getTime()).isEqualTo(later);
        assertThat(events(meeting)).singleElement().isInstanceOfSatisfying(MeetingRescheduled.class, event -> {
            assertThat(event.sequence()).isEqualTo(1);
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.startsAt()).isEqualTo(START.plusDays(7));
            assertThat(event.endsAt()).isEqualTo(END.plusDays(7));
            assertThat(event.zoneId()).isEqualTo("Europe/Berlin");
            assertThat(event.reason()).isEqualTo("Room not free");
        });
        meeting.reschedule(TestMeetings.time(), null, NOW);
        assertThat(meeting.getSequence()).isEqualTo(2);
    }

    @Test
    void aMeetingIsCancelledWithAReasonOnlyWhilePlanned() {
        var meeting = TestMeetings.planned();
        assertThatThrownBy(() -> meeting.cancel(" ", NOW)).isInstanceOf(DomainProblem.class)
                .hasMessage("meetings.reasonRequired");
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.PLANNED);

        meeting.cancel(" Pandemic ", NOW);

        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(meeting.getCancelReason()).isEqualTo("Pandemic");
        assertThat(events(meeting)).singleElement().isInstanceOfSatisfying(MeetingCancelled.class, event -> {
            assertThat(event.reason()).isEqualTo("Pandemic");
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.sequence()).isZero();
        });
        assertConflict(() -> meeting.cancel("again", NOW), MeetingStatus.CANCELLED);
        assertConflict(() -> meeting.hold(NOW), MeetingStatus.CANCELLED);
        assertConflict(() -> meeting.reschedule(TestMeetings.time(), null, NOW), MeetingStatus.CANCELLED);
    }

    @Test
    void holdingCountsTheAttendanceButNotBeforeTheMeetingStarts() {
        var meeting = TestMeetings.planned();
        meeting.replaceParticipants(List.of(participant("Secretary", Attendance.PRESENT),
                participant("Expert 1", Attendance.PRESENT), participant("Expert 2", Attendance.ABSENT),
                participant("Expert 3", Attendance.EXCUSED), participant("Expert 4", null)));
        var start = START.atZone(ZoneId.of("Europe/Sofia")).toInstant();

        assertThatThrownBy(() -> meeting.hold(start.minusSeconds(1))).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT));
        meeting.hold(start);

        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.HELD);
        assertThat(events(meeting)).singleElement().isInstanceOfSatisfying(MeetingHeld.class, event -> {
            assertThat(event.participants()).isEqualTo(5);
            assertThat(event.present()).isEqualTo(2);
            assertThat(event.absent()).isEqualTo(1);
            assertThat(event.excused()).isEqualTo(1);
            assertThat(event.unknown()).isEqualTo(1);
            assertThat(event.version()).isEqualTo(1);
        });
        assertConflict(() -> meeting.hold(NOW), MeetingStatus.HELD);
        assertConflict(() -> meeting.reschedule(TestMeetings.time(), null, NOW), MeetingStatus.HELD);
        assertConflict(() -> meeting.changeDetails(TestMeetings.online()), MeetingStatus.HELD);
    }

    @Test
    void participantsKeepTheirIdsAndUnknownIdsAreRefused() {
        var meeting = TestMeetings.planned();
        assertThat(meeting.replaceParticipants(List.of(participant("Secretary", null)))).isTrue();
        var secretary = meeting.getParticipants().get(0);
        assertThat(secretary.id()).isNotNull();
        assertThat(secretary.attendance()).isEqualTo(Attendance.UNKNOWN);

        var present = new Participant(secretary.id(), "Secretary", "NCCTHB", null, ParticipantRole.SECRETARY,
                Attendance.PRESENT);
        assertThat(meeting.replaceParticipants(List.of(present))).isTrue();
        assertThat(meeting.replaceParticipants(List.of(present))).as("unchanged").isFalse();
        assertThat(meeting.getParticipants()).containsExactly(present);
        assertThat(meeting.getAttendance()).containsEntry(Attendance.PRESENT, 1).containsEntry(Attendance.UNKNOWN, 0);

        var stranger = new Participant(UUID.randomUUID(), "Stranger", null, null, null, null);
        assertThatThrownBy(() -> meeting.replaceParticipants(List.of(stranger))).isInstanceOf(DomainProblem.class)
                .hasMessage("meetings.participant.unknown");
        assertThat(meeting.getParticipants()).containsExactly(present);
        assertThat(events(meeting)).isEmpty();
    }

    @Test
    void theAgendaKeepsItsOrderSpeakersAndLinksAndRefusesMisplacedOpeningsAndClosings() {
        var meeting = TestMeetings.planned();
        var first = new Session(SessionPart.SESSION, "Тенденции", "Trends", "Analyses", "Moderator",
                START.plusHours(1), START.plusHours(2),
                List.of(new Speaker("Secretary of LCCTHB Blagoevgrad", "secretary", code("BLG")),
                        new Speaker("Secretary of LCCTHB Sliven", null, code("SLS"))),
                List.of(new LinkedItem(LinkKind.TREND_REPORT, "BLG/2020", "Trend report")));
        var second = new Session(SessionPart.SESSION, "Планиране", "Planning", null, null, null, null,
                List.of(new Speaker("National expert", null, null)), List.of());
        var agenda = List.of(session(SessionPart.OPENING, "opening"), first, second,
                session(SessionPart.CLOSING, "closing"));

        assertThat(meeting.replaceAgenda(agenda)).isTrue();
        assertThat(meeting.replaceAgenda(agenda)).isFalse();

        assertThat(meeting.getAgenda()).isEqualTo(agenda);
        assertThat(meeting.getAgenda().get(1).speakers()).extracting(Speaker::commission)
                .containsExactly(code("BLG"), code("SLS"));
        assertThat(meeting.getAgenda().get(2).links()).isEmpty();
        assertThat(meeting.commissionsNamed()).containsExactlyInAnyOrder(code("BLG"), code("SLS"));

        assertRule(() -> meeting.replaceAgenda(List.of(first, session(SessionPart.OPENING, "late"))),
                "meetings.agenda.order");
        assertRule(() -> meeting.replaceAgenda(List.of(session(SessionPart.CLOSING, "early"), first)),
                "meetings.agenda.order");
        var outside = new Session(null, "Извън", "Outside", null, null, END, END.plusMinutes(1), null, null);
        assertRule(() -> meeting.replaceAgenda(List.of(outside)), "meetings.agenda.outsideMeeting");
        var early = new Session(null, "Рано", "Early", null, null, START.minusMinutes(1), null, null, null);
        assertRule(() -> meeting.replaceAgenda(List.of(early)), "meetings.agenda.outsideMeeting");
        assertThat(meeting.getAgenda()).isEqualTo(agenda);
        assertThat(outside.part()).isEqualTo(SessionPart.SESSION);
    }

    @Test
    void aMoveThatLeavesSessionsOutsideTheMeetingIsRefused() {
        var meeting = TestMeetings.planned();
        meeting.replaceAgenda(List.of(new Session(null, "Т", "T", null, null, START, END, null, null)));
        assertRule(() -> meeting.reschedule(new MeetingTime(START.plusHours(1), END, null), null, NOW),
                "meetings.agenda.outsideMeeting");
    }

    @Test
    void decisionsAndActionItemsAreRecordedOnlyWhileTheMeetingIsHeld() {
        var planned = TestMeetings.planned();
        assertConflict(() -> planned.recordDecision("Р", "D", NOW), MeetingStatus.PLANNED);
        assertConflict(() -> planned.agree(item(2021), NOW), MeetingStatus.PLANNED);

        var meeting = TestMeetings.held();
        var decision = meeting.recordDecision(" Решение ", " Decision ", NOW);
        var agreed = meeting.agree(item(2021), NOW);

        assertThat(meeting.getDecisions()).containsExactly(decision);
        assertThat(decision.textBg()).isEqualTo("Решение");
        assertThat(decision.textEn()).isEqualTo("Decision");
        assertThat(meeting.getActionItems()).containsExactly(agreed);
        assertThat(agreed.status()).isEqualTo(ActionItemStatus.OPEN);
        assertThat(events(meeting)).hasSize(2);
        assertThat(events(meeting).get(0)).isInstanceOfSatisfying(DecisionRecorded.class, event -> {
            assertThat(event.decisionId()).isEqualTo(decision.id());
            assertThat(event.textEn()).isEqualTo("Decision");
            assertThat(event.version()).isEqualTo(1);
        });
        assertThat(events(meeting).get(1)).isInstanceOfSatisfying(ActionItemAgreed.class, event -> {
            assertThat(event.meetingId()).isEqualTo(meeting.getId());
            assertThat(event.itemId()).isEqualTo(agreed.id());
            assertThat(event.responsible()).isEqualTo(Party.parse("blg"));
            assertThat(event.targetYear()).isEqualTo(2021);
            assertThat(event.sectionCode()).isEqualTo("II");
            assertThat(event.descriptionBg()).isEqualTo("Кампания");
            assertThat(event.descriptionEn()).isEqualTo("Campaign");
            assertThat(event.dueDate()).isEqualTo(LocalDate.of(2021, 10, 18));
            assertThat(event.version()).isEqualTo(1);
        });
        assertRule(() -> meeting.recordDecision("Р", " ", NOW), "meetings.decision.textRequired");
        assertRule(() -> meeting.recordDecision(null, "D", NOW), "meetings.decision.textRequired");
        assertRule(() -> meeting.agree(item(2019), NOW), "meetings.actionItem.pastYear");
        assertThat(meeting.agree(item(2020), NOW).targetYear()).as("the meeting's own year").isEqualTo(2020);
    }

    @Test
    void anActionItemIsFollowedUpWithItsPreviousStatusAlsoAfterClosing() {
        var meeting = TestMeetings.held();
        var agreed = meeting.agree(item(2021), NOW);
        meeting.writeMinutes(TestMeetings.minutes(), null, NOW);
        meeting.close(NOW);
        TestMeetings.clear(meeting);

        assertThat(meeting.changeActionItemStatus(agreed.id(), ActionItemStatus.DONE, NOW)).isTrue();
        assertThat(meeting.changeActionItemStatus(agreed.id(), ActionItemStatus.DONE, NOW)).isFalse();

        assertThat(meeting.getActionItems()).singleElement()
                .satisfies(item -> assertThat(item.status()).isEqualTo(ActionItemStatus.DONE))
                .satisfies(item -> assertThat(item.descriptionEn()).isEqualTo("Campaign"));
        assertThat(events(meeting)).singleElement().isInstanceOfSatisfying(ActionItemStatusChanged.class, event -> {
            assertThat(event.itemId()).isEqualTo(agreed.id());
            assertThat(event.previousStatus()).isEqualTo(ActionItemStatus.OPEN);
            assertThat(event.status()).isEqualTo(ActionItemStatus.DONE);
            assertThat(event.responsible()).isEqualTo(new Party("BLG"));
            assertThat(event.version()).isEqualTo(1);
        });
        assertThatThrownBy(() -> meeting.changeActionItemStatus(UUID.randomUUID(), ActionItemStatus.DONE, NOW))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND));
        assertConflict(() -> TestMeetings.planned().changeActionItemStatus(agreed.id(), ActionItemStatus.DONE, NOW),
                MeetingStatus.PLANNED);
    }

    @Test
    void closingPublishesTheMinutesWhichMustExistInBothLanguages() {
        var meeting = TestMeetings.held();
        assertRule(() -> meeting.close(NOW), "meetings.minutes.missing");
        assertThat(meeting.writeMinutes(new Minutes("Протокол", null, null, null), null, NOW)).isTrue();
        assertRule(() -> meeting.close(NOW), "meetings.minutes.missing");
        assertThat(meeting.writeMinutes(TestMeetings.minutes(), null, NOW)).isTrue();
        assertThat(meeting.writeMinutes(TestMeetings.minutes(), null, NOW)).isFalse();
        assertThat(events(meeting)).as("drafts publish nothing").isEmpty();

        meeting.close(NOW);

        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(meeting.getMinutesPublishedAt()).isEqualTo(NOW);
        assertThat(meeting.getMinutes()).isEqualTo(TestMeetings.minutes());
        assertThat(events(meeting)).singleElement().isInstanceOfSatisfying(MinutesPublished.class, event -> {
            assertThat(event.correction()).isFalse();
            assertThat(event.reason()).isNull();
            assertThat(event.version()).isEqualTo(1);
        });
        assertConflict(() -> meeting.close(NOW), MeetingStatus.CLOSED);
        assertConflict(() -> meeting.recordDecision("Р", "D", NOW), MeetingStatus.CLOSED);
        assertConflict(() -> meeting.replaceAgenda(List.of()), MeetingStatus.CLOSED);
        assertConflict(() -> meeting.replaceParticipants(List.of()), MeetingStatus.CLOSED);
        assertConflict(() -> TestMeetings.planned().writeMinutes(TestMeetings.minutes(), null, NOW),
                MeetingStatus.PLANNED);
    }

    @Test
    void closedMinutesChangeOnlyAsACorrectionWithAReasonAndArePublishedAgain() {
        var meeting = TestMeetings.held();
        meeting.writeMinutes(TestMeetings.minutes(), null, NOW);
        meeting.close(NOW);
        TestMeetings.clear(meeting);
        var corrected = new Minutes("Протокол (поправен)", "Minutes (corrected)", "Изводи", "Conclusions");

        assertRule(() -> meeting.writeMinutes(corrected, null, NOW), "meetings.reasonRequired");
        assertRule(() -> meeting.writeMinutes(new Minutes(null, "Minutes", null, null), "Typo", NOW),
                "meetings.minutes.missing");
        assertThat(meeting.writeMinutes(TestMeetings.minutes(), "Typo", NOW)).as("unchanged").isFalse();
        assertThat(meeting.writeMinutes(corrected, " Typo ", NOW)).isTrue();

        assertThat(meeting.getMinutes()).isEqualTo(corrected);
        assertThat(events(meeting)).singleElement().isInstanceOfSatisfying(MinutesPublished.class, event -> {
            assertThat(event.correction()).isTrue();
            assertThat(event.reason()).isEqualTo("Typo");
            assertThat(event.version()).isEqualTo(1);
        });
    }

    @Test
    void detailsChangeWhilePlannedAndAMeetingFollowsNotItselfUp() {
        var meeting = TestMeetings.planned("BLG");
        assertThat(meeting.changeDetails(TestMeetings.online("BLG"))).isFalse();
        assertThat(meeting.changeDetails(TestMeetings.online("VAR"))).isTrue();
        assertThat(meeting.getInvited()).containsExactly(code("VAR"));
        var self = new MeetingDetails("Т", "T", MeetingKind.OTHER, MeetingFormat.IN_PERSON, "Sofia", null, null,
                meeting.getId());
        assertRule(() -> meeting.changeDetails(self), "meetings.meeting.followUpOfItself");
        var followUp = new MeetingDetails("Т", "T", MeetingKind.OTHER, MeetingFormat.IN_PERSON, "Sofia", null, null,
                UUID.randomUUID());
        assertThat(meeting.changeDetails(followUp)).isTrue();
        assertThat(meeting.getFollowUpOf()).isEqualTo(followUp.followUpOf());
        assertThat(meeting.getPlace()).isEqualTo("Sofia");
        assertThat(meeting.getOnlineLink()).isNull();
        assertThat(meeting.getKind()).isEqualTo(MeetingKind.OTHER);
        assertThat(meeting.getFormat()).isEqualTo(MeetingFormat.IN_PERSON);
        assertThat(meeting.getTitleEn()).isEqualTo("T");
        assertThat(meeting.getTitleBg()).isEqualTo("Т");
        assertThat(events(meeting)).isEmpty();
    }

    @Test
    void theSnapshotNamesWhatHistoryCompares() {
        var meeting = TestMeetings.held();
        var before = meeting.snapshot();
        meeting.agree(item(2021), NOW);
        meeting.writeMinutes(TestMeetings.minutes(), null, NOW);

        assertThat(before).containsEntry("status", MeetingStatus.HELD).containsEntry("invited", List.of("BLG"))
                .containsEntry("startsAt", START).containsEntry("zoneId", "Europe/Sofia");
        assertThat(meeting.snapshot()).containsEntry("minutesEn", "Minutes").containsEntry("conclusionsEn", "Conclusions")
                .containsEntry("minutesBg", "Протокол").containsEntry("conclusionsBg", "Изводи");
        assertThat((List<?>) meeting.snapshot().get("actionItems")).hasSize(1);
        assertThat(meeting.commissionsNamed()).containsExactlyInAnyOrder(code("BLG"));
    }

    @Test
    void aMeetingNamesTheCommissionsOfItsOrganiserGuestsSpeakersParticipantsAndItems() {
        var meeting = Meeting.schedule(Party.parse("VAR"), TestMeetings.online("BLG"), TestMeetings.time(), NOW);
        meeting.replaceAgenda(List.of(new Session(null, "Т", "T", null, null, null, null,
                List.of(new Speaker("Secretary", null, code("SLS")), new Speaker("Expert", null, null)), null)));
        meeting.replaceParticipants(List.of(new Participant(null, "Expert", null, code("PVN"), null, null),
                participant("Guest", null)));
        meeting.hold(NOW);
        meeting.agree(item(2021), NOW);
        meeting.agree(ActionItem.proposed("Д", "D", Party.parse("RSE"), null, 2021, null), NOW);
        meeting.agree(ActionItem.proposed("Д", "D", Party.NATIONAL, null, 2021, null), NOW);

        assertThat(meeting.commissionsNamed()).containsExactlyInAnyOrder(code("VAR"), code("BLG"), code("SLS"),
                code("PVN"), code("RSE"));
        assertThat(meeting.getStartsAt()).isEqualTo(START);
        assertThat(meeting.getEndsAt()).isEqualTo(END);
    }

    static ActionItem item(int year) {
        return ActionItem.proposed("Кампания", "Campaign", Party.parse("blg"), LocalDate.of(2021, 10, 18), year, "II");
    }

    private static void assertConflict(Runnable change, MeetingStatus status) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
            assertThat(problem.messageCode()).isEqualTo("meetings.meeting.wrongStatus");
            assertThat(problem.arguments()).contains(status);
        });
    }

    static void assertRule(Runnable change, String messageCode) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.RULE_VIOLATED);
            assertThat(problem.messageCode()).isEqualTo(messageCode);
        });
    }
}
