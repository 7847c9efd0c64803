package org.coordina.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.coordina.meetings.events.ActionItemAgreed;
import org.coordina.meetings.events.ActionItemStatus;
import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingHeld;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.meetings.events.MeetingRescheduled;
import org.coordina.meetings.events.MinutesPublished;
import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.regionalcommissions.events.CommissionStatusChanged;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** Meetings through the service against the embedded PostgreSQL: the projection, persistence, events, history. */
@ApplicationModuleTest
class MeetingsIntegrationTests {

    private static final AtomicInteger CODES = new AtomicInteger();

    @Autowired
    Meetings meetings;

    @Autowired
    MeetingDirectory directory;

    @Autowired
    ActionItemDirectory actionItems;

    @Autowired
    JdbcClient jdbc;

    @Test
    void commissionsBecomeInvitableWhenTheirEventArrivesAndUnusableWhenDissolved(Scenario scenario) {
        var code = freshCode();
        var commissionId = UUID.randomUUID();
        assertThatThrownBy(() -> meetings.schedule(Party.NATIONAL, details(code), time(2030)))
                .isInstanceOf(DomainProblem.class).hasMessage("meetings.commission.unknown");

        scenario.publish(new CommissionEstablished(UUID.randomUUID(), Instant.now(), commissionId, 1, code,
                "МКБТХ Тест", "LCCTHB Test", "Test", "Test Province", LocalDate.of(2010, 1, 1), CommissionStatus.ACTIVE))
                .andWaitForStateChange(() -> status(code))
                .andVerify(status -> assertThat(status).contains("ACTIVE"));
        assertThat(meetings.schedule(Party.NATIONAL, details(code), time(2030)).getInvited()).containsExactly(code);

        scenario.publish(new CommissionStatusChanged(UUID.randomUUID(), Instant.now(), commissionId, 2, code,
                CommissionStatus.ACTIVE, CommissionStatus.DISSOLVED))
                .andWaitForStateChange(() -> status(code).filter("DISSOLVED"::equals))
                .andVerify(status -> assertThat(status).contains("DISSOLVED"));
        assertThatThrownBy(() -> meetings.schedule(Party.NATIONAL, details(code), time(2030)))
                .isInstanceOf(DomainProblem.class).hasMessage("meetings.commission.unknown");
    }

    @Test
    void aMeetingWithItsAgendaParticipantsAndOutcomesIsStoredAndPublishesItsEvents(Scenario scenario) {
        var code = known();
        var meeting = meetings.schedule(Party.NATIONAL, details(code), time(2020));
        var id = meeting.getId();
        var agenda = List.of(
                new Session(SessionPart.OPENING, "Откриване", "Opening", "Greetings", "Secretary", null, null, null,
                        null),
                new Session(SessionPart.SESSION, "Тенденции", "Trends", null, "Moderator",
                        LocalDateTime.of(2020, 12, 3, 10, 30), LocalDateTime.of(2020, 12, 3, 12, 0),
                        List.of(new Speaker("Secretary of the commission", "secretary", code),
                                new Speaker("National expert", null, null)),
                        List.of(new LinkedItem(LinkKind.TREND_REPORT, code + "/2020", "Trend report 2020"))),
                new Session(SessionPart.CLOSING, "Закриване", "Closing", null, null, null, null, null, null));
        meetings.replaceAgenda(id, 1, agenda);
        meetings.replaceParticipants(id, 2, List.of(
                new Participant(null, "Secretary", "NCCTHB", null, ParticipantRole.SECRETARY, Attendance.PRESENT),
                new Participant(null, "Secretary of the commission", null, code, ParticipantRole.SPEAKER,
                        Attendance.PRESENT),
                new Participant(null, "Expert", null, null, ParticipantRole.EXPERT, Attendance.EXCUSED)));
        scenario.stimulate(() -> meetings.hold(id, 3))
                .andWaitForEventOfType(MeetingHeld.class)
                .matching(event -> event.meetingId().equals(id))
                .toArriveAndVerify(event -> {
                    assertThat(event.participants()).isEqualTo(3);
                    assertThat(event.present()).isEqualTo(2);
                    assertThat(event.excused()).isEqualTo(1);
                    assertThat(event.version()).isEqualTo(4);
                });
        meetings.recordDecision(id, 4, "Решение", "Decision");
        scenario.stimulate(() -> meetings.agree(id, 5, ActionItem.proposed("Кампания", "Campaign", Party.of(code),
                LocalDate.of(2021, 10, 18), 2021, "II")))
                .andWaitForEventOfType(ActionItemAgreed.class)
                .matching(event -> event.meetingId().equals(id))
                .toArriveAndVerify(event -> {
                    assertThat(event.responsible()).isEqualTo(Party.of(code));
                    assertThat(event.targetYear()).isEqualTo(2021);
                    assertThat(event.sectionCode()).isEqualTo("II");
                    assertThat(event.version()).isEqualTo(6);
                });
        meetings.writeMinutes(id, 6, new Minutes("Протокол", "Minutes", "Изводи", "Conclusions"), null);
        scenario.stimulate(() -> meetings.close(id, 7))
                .andWaitForEventOfType(MinutesPublished.class)
                .matching(event -> event.meetingId().equals(id))
                .toArriveAndVerify(event -> assertThat(event.correction()).isFalse());

        var stored = meetings.find(id);
        assertThat(stored.getStatus()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(stored.getAgenda()).isEqualTo(agenda);
        assertThat(stored.getParticipants()).extracting(Participant::name)
                .containsExactly("Secretary", "Secretary of the commission", "Expert");
        assertThat(stored.getParticipants()).allSatisfy(participant -> assertThat(participant.id()).isNotNull());
        assertThat(stored.getDecisions()).singleElement().satisfies(decision -> assertThat(decision.textEn())
                .isEqualTo("Decision"));
        assertThat(stored.getActionItems()).singleElement().satisfies(item -> {
            assertThat(item.dueDate()).isEqualTo(LocalDate.of(2021, 10, 18));
            assertThat(item.responsible()).isEqualTo(Party.of(code));
        });
        assertThat(stored.getMinutes().conclusionsBg()).isEqualTo("Изводи");
        assertThat(stored.getMinutesPublishedAt()).isNotNull();
        assertThat(stored.getAudit().getCreatedBy()).isNotNull();
        assertThat(meetings.history(id)).extracting(entry -> entry.action()).containsExactly("scheduled",
                "agenda changed", "participants changed", "held", "decision recorded", "action item agreed",
                "minutes written", "closed");
    }

    @Test
    void reschedulingIsKeptInHistoryAndAnnouncedWithItsSequence(Scenario scenario) {
        var meeting = meetings.schedule(Party.NATIONAL, details(known()), time(2031));
        var later = new MeetingTime(LocalDateTime.of(2031, 12, 10, 10, 0), LocalDateTime.of(2031, 12, 10, 12, 0),
                java.time.ZoneId.of("Europe/Sofia"));
        scenario.stimulate(() -> meetings.reschedule(meeting.getId(), 1, later, "Room taken"))
                .andWaitForEventOfType(MeetingRescheduled.class)
                .matching(event -> event.meetingId().equals(meeting.getId()))
                .toArriveAndVerify(event -> {
                    assertThat(event.sequence()).isEqualTo(1);
                    assertThat(event.startsAt()).isEqualTo(later.startsAt());
                });
        var moved = meetings.history(meeting.getId()).get(1);
        assertThat(moved.action()).isEqualTo("rescheduled");
        assertThat(moved.reason()).isEqualTo("Room taken");
        assertThat(moved.changes()).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("startsAt");
            assertThat(change.from()).contains("2031-12-03");
            assertThat(change.to()).contains("2031-12-10");
        });
    }

    @Test
    void aCommissionSeesTheMeetingsItOrganisesOrIsInvitedTo() {
        var invited = known();
        var organiser = known();
        var stranger = known();
        var national = meetings.schedule(Party.NATIONAL, details(invited), time(2032));
        var own = meetings.schedule(Party.of(organiser), details(), time(2032));

        assertThat(ids(Optional.of(invited))).contains(national.getId()).doesNotContain(own.getId());
        assertThat(ids(Optional.of(organiser))).contains(own.getId()).doesNotContain(national.getId());
        assertThat(ids(Optional.of(stranger))).doesNotContain(own.getId(), national.getId());
        assertThat(ids(Optional.empty())).contains(own.getId(), national.getId());
        assertThat(directory.page(Optional.empty(), MeetingStatus.CANCELLED, Party.of(organiser), PageRequest.of(0, 5))
                .getContent()).isEmpty();
        var entry = directory.page(Optional.empty(), MeetingStatus.PLANNED, Party.of(organiser), PageRequest.of(0, 5))
                .getContent();
        assertThat(entry).singleElement().satisfies(one -> {
            assertThat(one.id()).isEqualTo(own.getId());
            assertThat(one.zoneId()).isEqualTo("Europe/Sofia");
            assertThat(one.startsAt()).isEqualTo(LocalDateTime.of(2032, 12, 3, 10, 0));
        });
        assertThat(directory.audience(national.getId())).hasValueSatisfying(audience -> {
            assertThat(audience.organiser()).isEqualTo(Party.NATIONAL);
            assertThat(audience.invited()).containsExactly(invited.value());
        });
        assertThat(directory.audience(UUID.randomUUID())).isEmpty();
    }

    @Test
    void theCalendarSplitsUpcomingFromPastMeetingsFiltersThemAndKeepsTheirOrder() {
        var organiser = known();
        var scope = Optional.of(organiser);
        var past = meetings.schedule(Party.of(organiser), details(), time(2019));
        var soon = meetings.schedule(Party.of(organiser), details(), time(2033));
        var later = meetings.schedule(Party.of(organiser), new MeetingDetails("Заседание", "Session",
                MeetingKind.LOCAL_COMMISSION_SESSION, MeetingFormat.IN_PERSON, "Varna", null, List.of(), null),
                time(2034));
        meetings.cancel(later.getId(), later.getVersion(), "no quorum");
        var now = LocalDateTime.of(2026, 6, 1, 12, 0);

        assertThat(calendar(scope, null, null, true, now)).containsExactly(soon.getId(), later.getId());
        assertThat(calendar(scope, null, null, false, now)).containsExactly(past.getId());
        assertThat(calendar(scope, MeetingKind.LOCAL_COMMISSION_SESSION, null, true, now)).containsExactly(later.getId());
        assertThat(calendar(scope, null, MeetingStatus.PLANNED, true, now)).containsExactly(soon.getId());
        assertThat(calendar(Optional.of(known()), null, null, true, now)).isEmpty();
        assertThat(directory.calendar(scope, null, null, true, now, PageRequest.of(0, 5,
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "startsAt")))
                .map(MeetingEntry::id).getContent()).containsExactly(later.getId(), soon.getId());
        var firstPage = directory.calendar(scope, null, null, true, now, PageRequest.of(0, 1));
        assertThat(firstPage.getTotalElements()).isEqualTo(2);
    }

    @Test
    void theOpenActionItemsOfAPartyAreThoseStillOpenOfTheMeetingsItsScopeSees() {
        var responsible = known();
        var meeting = meetings.schedule(Party.NATIONAL, details(responsible), time(2020));
        var id = meeting.getId();
        meeting = meetings.hold(id, meeting.getVersion());
        meeting = meetings.agree(id, meeting.getVersion(), ActionItem.proposed("Първа", "First", Party.of(responsible),
                LocalDate.of(2021, 3, 1), 2021, null));
        meeting = meetings.agree(id, meeting.getVersion(), ActionItem.proposed("Втора", "Second", Party.of(responsible),
                null, 2021, null));
        meeting = meetings.agree(id, meeting.getVersion(), ActionItem.proposed("Трета", "Third", Party.of(responsible),
                LocalDate.of(2021, 1, 1), 2021, null));
        var third = meeting.getActionItems().get(2).id();
        meetings.changeActionItemStatus(id, meeting.getVersion(), third, ActionItemStatus.DONE);

        assertThat(actionItems.openFor(Party.of(responsible), Optional.of(responsible), 10))
                .extracting(OpenActionItemEntry::descriptionEn).containsExactly("First", "Second");
        assertThat(actionItems.openFor(Party.of(responsible), Optional.of(responsible), 1)).hasSize(1)
                .allSatisfy(item -> {
                    assertThat(item.meetingId()).isEqualTo(id);
                    assertThat(item.meetingTitleEn()).isEqualTo("Meeting");
                    assertThat(item.dueDate()).isEqualTo(LocalDate.of(2021, 3, 1));
                    assertThat(item.targetYear()).isEqualTo(2021);
                });
        assertThat(actionItems.openFor(Party.of(responsible), Optional.of(known()), 10)).isEmpty();
        assertThat(actionItems.openFor(Party.of(known()), Optional.empty(), 10)).isEmpty();
    }

    private List<UUID> calendar(Optional<CommissionCode> scope, MeetingKind kind, MeetingStatus status,
            boolean upcoming, LocalDateTime now) {
        return directory.calendar(scope, kind, status, upcoming, now, PageRequest.of(0, 100)).map(MeetingEntry::id)
                .getContent();
    }

    private List<UUID> ids(Optional<CommissionCode> scope) {
        return directory.page(scope, null, null, PageRequest.of(0, 1000)).map(MeetingEntry::id).getContent();
    }

    private Optional<String> status(CommissionCode code) {
        return jdbc.sql("SELECT status FROM meetings.known_commission WHERE code = ?").param(code.value())
                .query(String.class).optional();
    }

    /** A commission known to the projection, as its event would make it. */
    private CommissionCode known() {
        var code = freshCode();
        jdbc.sql("INSERT INTO meetings.known_commission (id, code, name_bg, name_en, status, source_version, projected_at)"
                + " VALUES (?, ?, 'МКБТХ', 'LCCTHB', 'ACTIVE', 1, now())").params(UUID.randomUUID(), code.value()).update();
        return code;
    }

    static CommissionCode freshCode() {
        int n = CODES.getAndIncrement();
        return new CommissionCode("Y" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26));
    }

    static MeetingDetails details(CommissionCode... invited) {
        return new MeetingDetails("Среща", "Meeting", MeetingKind.EXPERT_WORKING_MEETING, MeetingFormat.HYBRID, "Sofia",
                "https://meet.example.org/x", List.of(invited), null);
    }

    static MeetingTime time(int year) {
        return new MeetingTime(LocalDateTime.of(year, 12, 3, 10, 0), LocalDateTime.of(year, 12, 3, 15, 0), null);
    }
}
