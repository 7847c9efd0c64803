package org.coordina.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coordina.meetings.internal.MeetingTests.assertRule;
import static org.coordina.meetings.internal.TestMeetings.END;
import static org.coordina.meetings.internal.TestMeetings.START;
import static org.coordina.meetings.internal.TestMeetings.code;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coordina.meetings.events.ActionItemAgreed;
import org.coordina.meetings.events.ActionItemStatus;
import org.coordina.meetings.events.MeetingHeld;
import org.coordina.meetings.events.MeetingRescheduled;
import org.coordina.meetings.events.MeetingScheduled;
import org.coordina.meetings.events.MinutesPublished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.commissions.CommissionState;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.HistoryEntry;
import org.coordina.testsupport.InMemoryRegisteredCommissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class MeetingsTests {

    static final Instant NOW = Instant.parse("2020-12-03T14:00:00Z");

    final List<Object> published = new ArrayList<>();

    final List<String> recorded = new ArrayList<>();

    final InMemoryMeetings repository = new InMemoryMeetings(published);

    final InMemoryRegisteredCommissions known = new InMemoryRegisteredCommissions();

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    final CommissionRegister projection = new CommissionRegister(known, clock);

    final MeetingHistory history = new MeetingHistory(null, null, clock) {

        @Override
        void changed(UUID id, long version, String action, Map<String, ?> before, Map<String, ?> after,
                String reason) {
            recorded.add(version + " " + action + (reason == null ? "" : " (" + reason + ")"));
        }

        @Override
        void created(UUID id, long version, Map<String, ?> fields) {
            recorded.add(version + " scheduled " + fields.get("titleEn"));
        }

        @Override
        public List<HistoryEntry> of(UUID id) {
            return List.of(new HistoryEntry("Meeting", id, 1, "scheduled", List.of(), null, "system", NOW));
        }
    };

    final Meetings meetings = new Meetings(repository, projection, history, clock);

    @BeforeEach
    void knownCommissions() {
        projection.project(UUID.randomUUID(), code("BLG"), "МКБТХ Благоевград", "LCCTHB Blagoevgrad",
                CommissionStatus.ACTIVE, 1);
        projection.project(UUID.randomUUID(), code("SLS"), "МКБТХ Сливен", "LCCTHB Sliven", CommissionStatus.ACTIVE, 1);
        var dissolved = UUID.randomUUID();
        projection.project(dissolved, code("DIS"), "Закрита", "Dissolved", CommissionStatus.ACTIVE, 1);
        projection.project(dissolved, code("DIS"), null, null, CommissionStatus.DISSOLVED, 2);
    }

    @Test
    void schedulingChecksTheCommissionsItNamesAndRecordsTheMeeting() {
        var meeting = meetings.schedule(Party.NATIONAL, TestMeetings.online("BLG", "SLS"), TestMeetings.time());

        assertThat(meeting.getVersion()).isEqualTo(1);
        assertThat(repository.findById(meeting.getId())).containsSame(meeting);
        assertThat(published).singleElement().isInstanceOf(MeetingScheduled.class);
        assertThat(recorded).containsExactly("1 scheduled Expert working meeting");
        assertRule(() -> meetings.schedule(Party.NATIONAL, TestMeetings.online("BLG", "XYZ", "DIS"),
                TestMeetings.time()), "meetings.commission.unknown");
        assertRule(() -> meetings.schedule(Party.parse("QQQ"), TestMeetings.online(), TestMeetings.time()),
                "meetings.commission.unknown");
        assertThatThrownBy(() -> meetings.schedule(Party.NATIONAL, TestMeetings.online("XYZ", "DIS"),
                TestMeetings.time())).isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.arguments()).containsExactly("DIS, XYZ"));
        assertThat(meetings.schedule(Party.parse("sls"), TestMeetings.online(), TestMeetings.time()).getOrganiser())
                .isEqualTo(new Party("SLS"));
        assertThat(repository.count()).isEqualTo(2);
    }

    @Test
    void aFollowUpNamesAnExistingMeeting() {
        var first = meetings.schedule(Party.NATIONAL, TestMeetings.online(), TestMeetings.time());
        var details = new MeetingDetails("Т", "T", org.coordina.meetings.events.MeetingKind.OTHER,
                org.coordina.meetings.events.MeetingFormat.IN_PERSON, "Sofia", null, null, first.getId());
        assertThat(meetings.schedule(Party.NATIONAL, details, TestMeetings.time()).getFollowUpOf())
                .isEqualTo(first.getId());
        var unknown = new MeetingDetails("Т", "T", org.coordina.meetings.events.MeetingKind.OTHER,
                org.coordina.meetings.events.MeetingFormat.IN_PERSON, "Sofia", null, null, UUID.randomUUID());
        assertRule(() -> meetings.schedule(Party.NATIONAL, unknown, TestMeetings.time()),
                "meetings.meeting.followUpUnknown");
        assertRule(() -> meetings.changeDetails(first.getId(), 1, unknown), "meetings.meeting.followUpUnknown");
    }

    @Test
    void everyChangeNeedsTheCurrentVersionAndAnUnchangedMeetingIsNotSaved() {
        var meeting = meetings.schedule(Party.NATIONAL, TestMeetings.online("BLG"), TestMeetings.time());
        int saves = repository.saves();

        assertThatThrownBy(() -> meetings.hold(meeting.getId(), 0))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(meetings.changeDetails(meeting.getId(), 1, TestMeetings.online("BLG")).getVersion()).isEqualTo(1);
        assertThat(meetings.reschedule(meeting.getId(), 1, TestMeetings.time(), "none").getVersion()).isEqualTo(1);
        assertThat(repository.saves()).isEqualTo(saves);

        var changed = meetings.changeDetails(meeting.getId(), 1, TestMeetings.online("SLS"));
        assertThat(changed.getVersion()).isEqualTo(2);
        assertThat(recorded).last().isEqualTo("2 details changed");
        assertRule(() -> meetings.changeDetails(meeting.getId(), 2, TestMeetings.online("XYZ")),
                "meetings.commission.unknown");
        assertThatThrownBy(() -> meetings.find(UUID.randomUUID())).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND));
    }

    @Test
    void reschedulingAndCancellingAreKeptInHistoryWithTheirReasons() {
        var meeting = meetings.schedule(Party.NATIONAL, TestMeetings.online(), TestMeetings.time());
        var moved = meetings.reschedule(meeting.getId(), 1, new MeetingTime(START.plusDays(1), END.plusDays(1), null),
                " Holiday ");
        var movedAgain = meetings.reschedule(meeting.getId(), 2,
                new MeetingTime(START.plusDays(2), END.plusDays(2), null), " ");
        assertThat(meetings.cancel(meeting.getId(), 3, " Pandemic ").getStatus()).isEqualTo(MeetingStatus.CANCELLED);

        assertThat(moved.getSequence()).isEqualTo(2);
        assertThat(movedAgain.getStatus()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(recorded).containsSubsequence("2 rescheduled (Holiday)", "3 rescheduled", "4 cancelled (Pandemic)");
        assertThat(published).filteredOn(MeetingRescheduled.class::isInstance).hasSize(2);
    }

    @Test
    void aMeetingRunsFromPlannedToClosedThroughTheService() {
        var meeting = meetings.schedule(Party.NATIONAL, TestMeetings.online("BLG"), TestMeetings.time());
        var id = meeting.getId();
        var agenda = List.of(new Session(SessionPart.SESSION, "Т", "T", null, null, null, null,
                List.of(new Speaker("Secretary", null, code("BLG"))), null));
        assertRule(() -> meetings.replaceAgenda(id, 1, List.of(new Session(null, "Т", "T", null, null, null, null,
                List.of(new Speaker("Secretary", null, code("XYZ"))), null))), "meetings.commission.unknown");
        meetings.replaceAgenda(id, 1, agenda);
        assertThat(meetings.replaceAgenda(id, 2, agenda).getVersion()).isEqualTo(2);
        assertRule(() -> meetings.replaceParticipants(id, 2, List.of(new Participant(null, "P", null, code("XYZ"),
                null, Attendance.PRESENT))), "meetings.commission.unknown");
        assertThat(meetings.replaceParticipants(id, 2, List.of(new Participant(null, "Secretary of LCCTHB Blagoevgrad",
                null, code("BLG"), ParticipantRole.SECRETARY, Attendance.PRESENT))).getParticipants()).hasSize(1);
        assertThat(meetings.hold(id, 3).getStatus()).isEqualTo(MeetingStatus.HELD);
        assertThat(meetings.recordDecision(id, 4, "Решение", "Decision").getDecisions()).hasSize(1);
        assertRule(() -> meetings.agree(id, 5, ActionItem.proposed("Д", "D", Party.parse("XYZ"), null, 2021, "I")),
                "meetings.commission.unknown");
        var withItem = meetings.agree(id, 5, ActionItem.proposed("Д", "D", Party.parse("BLG"),
                LocalDate.of(2021, 6, 30), 2021, "I"));
        var item = withItem.getActionItems().get(0);
        meetings.agree(id, 6, ActionItem.proposed("Д", "D", Party.NATIONAL, null, 2021, "VI"));
        meetings.writeMinutes(id, 7, TestMeetings.minutes(), null);
        assertThat(meetings.close(id, 8).getStatus()).isEqualTo(MeetingStatus.CLOSED);
        var done = meetings.changeActionItemStatus(id, 9, item.id(), ActionItemStatus.DONE);
        assertThat(meetings.changeActionItemStatus(id, 10, item.id(), ActionItemStatus.DONE).getVersion())
                .isEqualTo(10);
        var corrected = meetings.writeMinutes(id, 10, new Minutes("П2", "M2", null, null), " Typo ");
        assertThat(meetings.writeMinutes(id, 11, new Minutes("П2", "M2", null, null), "again").getVersion())
                .isEqualTo(11);

        assertThat(done.getActionItems().get(0).status()).isEqualTo(ActionItemStatus.DONE);
        assertThat(corrected.getVersion()).isEqualTo(11);
        assertThat(recorded).containsExactly("1 scheduled Expert working meeting", "2 agenda changed",
                "3 participants changed", "4 held", "5 decision recorded", "6 action item agreed",
                "7 action item agreed", "8 minutes written", "9 closed", "10 action item done",
                "11 minutes corrected (Typo)");
        assertThat(published).filteredOn(MeetingHeld.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((MeetingHeld) event).present()).isEqualTo(1));
        assertThat(published).filteredOn(ActionItemAgreed.class::isInstance).hasSize(2);
        assertThat(published).filteredOn(MinutesPublished.class::isInstance).hasSize(2);
        assertThat(meetings.history(id)).singleElement().satisfies(entry -> assertThat(entry.aggregateId()).isEqualTo(id));
    }

    @Test
    void theMinutesAreThereToPrintOnlyOnceTheMeetingIsClosed() {
        var meeting = meetings.schedule(Party.NATIONAL, TestMeetings.online(), TestMeetings.time());
        var id = meeting.getId();
        assertThatThrownBy(() -> meetings.withPublishedMinutes(id)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                    assertThat(problem.messageCode()).isEqualTo("meetings.minutes.notPublished");
                    assertThat(problem.arguments()).containsExactly(id, MeetingStatus.PLANNED);
                });
        meetings.hold(id, 1);
        meetings.writeMinutes(id, 2, TestMeetings.minutes(), null);
        meetings.close(id, 3);

        assertThat(meetings.withPublishedMinutes(id).getStatus()).isEqualTo(MeetingStatus.CLOSED);
    }

    @Test
    void theProjectionKeepsTheNewestVersionOfACommission() {
        var id = UUID.randomUUID();
        assertThat(projection.project(id, code("PVN"), "МКБТХ Плевен", "LCCTHB Pleven", CommissionStatus.ACTIVE, 2))
                .isTrue();
        assertThat(projection.project(id, code("PVN"), null, null, CommissionStatus.DISSOLVED, 1)).isFalse();
        assertThat(known.findByCode("PVN")).singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo(CommissionState.ACTIVE));
        projection.requireUsable(List.of(code("PVN")));
        projection.requireUsable(List.of());
        assertThat(projection.project(id, code("PVN"), null, null, CommissionStatus.DISSOLVED, 3)).isTrue();
        assertThat(known.findByCode("PVN")).singleElement()
                .satisfies(row -> assertThat(row.nameEn()).isEqualTo("LCCTHB Pleven"));
        assertRule(() -> projection.requireUsable(List.of(code("PVN"))), "meetings.commission.unknown");
    }
}
