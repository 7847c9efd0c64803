package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityCarriedOver;
import org.coordina.annualplanning.events.ActivityOrigin;
import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.annualplanning.events.PlanningCycleClosed;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/** The backlog and closing a cycle, over in-memory repositories. */
class BacklogTests {

    private final ServiceFixture fixture = new ServiceFixture();

    private final List<UnfinishedActivity> unfinished = new ArrayList<>();

    private final InMemoryProposals proposals = new InMemoryProposals(fixture.published);

    private final Backlog backlog = new Backlog(proposals, fixture.activities, fixture.history, new UnfinishedActivities(null) {

        @Override
        List<UnfinishedActivity> of(int year) {
            return unfinished.stream().filter(activity -> activity.year() == year).toList();
        }
    }, fixture.clock);

    private final CycleClosing closing = new CycleClosing(fixture.cycles, backlog);

    @Test
    void closingCarriesEveryUnfinishedActivityOverOnceAndFreezesTheCycle() {
        var cycle = fixture.openCycle();
        var first = unfinished(ServiceFixture.YEAR, "First", ActivityStatus.POSTPONED);
        unfinished(ServiceFixture.YEAR - 1, "Of another year", ActivityStatus.NOT_STARTED);

        var closed = closing.close(ServiceFixture.YEAR, cycle.getVersion());

        assertThat(closed.getStatus()).isEqualTo(CycleStatus.CLOSED);
        assertThat(proposals.findAll()).singleElement().satisfies(proposal -> {
            assertThat(proposal.getTargetYear()).isEqualTo(ServiceFixture.YEAR + 1);
            assertThat(proposal.getOrigin()).isEqualTo(ProposalOrigin.CARRY_OVER);
            assertThat(proposal.getOriginId()).isEqualTo(first.id());
            assertThat(proposal.getOwner()).isEqualTo(Party.NATIONAL);
            assertThat(proposal.getSectionCode()).isEqualTo("II");
            assertThat(proposal.getTitleBg()).isEqualTo("Дейност First");
            assertThat(proposal.getTitleEn()).isEqualTo("First");
            assertThat(proposal.getDescription()).isEqualTo("About First");
            assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.PENDING);
        });
        assertThat(events(ActivityCarriedOver.class)).singleElement().satisfies(event -> {
            assertThat(event.activityId()).isEqualTo(first.id());
            assertThat(event.fromYear()).isEqualTo(ServiceFixture.YEAR);
            assertThat(event.toYear()).isEqualTo(ServiceFixture.YEAR + 1);
            assertThat(event.lastStatus()).isEqualTo(ActivityStatus.POSTPONED);
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.proposalId()).isEqualTo(proposals.findAll().get(0).getId());
        });
        assertThat(events(PlanningCycleClosed.class)).singleElement()
                .satisfies(event -> assertThat(event.activitiesCarriedOver()).isEqualTo(1));
        assertThat(fixture.store.actions("Proposal")).containsExactly("created");
        assertThat(fixture.store.actions("PlanningCycle")).containsExactly("closed");
    }

    @Test
    void anActivityAlreadyCarriedOverIsNotProposedTwice() {
        fixture.openCycle();
        unfinished(ServiceFixture.YEAR, "First", ActivityStatus.NOT_STARTED);

        assertThat(backlog.carryOver(ServiceFixture.YEAR)).isEqualTo(1);
        assertThat(backlog.carryOver(ServiceFixture.YEAR)).isZero();
        assertThat(proposals.count()).isEqualTo(1);
    }

    @Test
    void onlyAnOpenCycleAtTheReadVersionCloses() {
        var cycle = fixture.openCycle();

        assertThatThrownBy(() -> closing.close(ServiceFixture.YEAR, cycle.getVersion() + 1))
                .isInstanceOf(OptimisticLockingFailureException.class);
        var closed = closing.close(ServiceFixture.YEAR, cycle.getVersion());
        assertThatThrownBy(() -> closing.close(ServiceFixture.YEAR, closed.getVersion()))
                .isInstanceOf(DomainProblem.class).hasMessageContaining("cycle.wrongStatus");
    }

    @Test
    void anActionItemIsProposedOnceKeepingItsMeetingAndALongDescriptionIsCutToATitle() {
        var meeting = UUID.randomUUID();
        var item = UUID.randomUUID();
        var longText = "x".repeat(400);

        var proposal = backlog.proposeActionItem(2031, Party.NATIONAL, meeting, item, "III", "Обучение", longText);

        assertThat(backlog.proposeActionItem(2031, Party.NATIONAL, meeting, item, "III", "Обучение", longText)).isNull();
        assertThat(proposal.getOrigin()).isEqualTo(ProposalOrigin.MEETING_ACTION_ITEM);
        assertThat(proposal.getOriginId()).isEqualTo(item);
        assertThat(proposal.getOriginMeetingId()).isEqualTo(meeting);
        assertThat(proposal.getTitleBg()).isEqualTo("Обучение");
        assertThat(proposal.getTitleEn()).hasSize(300).endsWith("...");
        assertThat(proposal.getDescription()).isEqualTo(longText);
        assertThat(proposal.getTargetYear()).isEqualTo(2031);
        assertThat(proposals.count()).isEqualTo(1);
        assertThat(fixture.store.actions("Proposal")).containsExactly("created");
    }

    @Test
    void theProposalAnActionItemBecameIsFoundByTheItemAndAnItemNotYetProposedIsNotFound() {
        var item = UUID.randomUUID();
        backlog.propose(2031, Party.parse("VAR"), ProposalOrigin.CARRY_OVER, item, null, "Друго", "Other", null);
        var proposal = backlog.proposeActionItem(2031, Party.parse("VAR"), UUID.randomUUID(), item, null, "Обмен",
                "Exchange");

        assertThat(backlog.fromActionItem(item).getId()).isEqualTo(proposal.getId());
        var unknown = UUID.randomUUID();
        assertThatThrownBy(() -> backlog.fromActionItem(unknown)).isInstanceOf(DomainProblem.class)
                .hasMessageContaining("annualplanning.proposal.actionItemNotProposed");
    }

    @Test
    void aProposalFromAnotherModuleIsProposedOnce() {
        var origin = UUID.randomUUID();

        var proposal = backlog.propose(2031, Party.NATIONAL, ProposalOrigin.MEETING_ACTION_ITEM, origin, "I", "Среща",
                "Meeting", "Why");

        assertThat(backlog.propose(2031, Party.NATIONAL, ProposalOrigin.MEETING_ACTION_ITEM, origin, "I", "Среща",
                "Meeting", "Why")).isNull();
        assertThat(proposal.getTitleEn()).isEqualTo("Meeting");
        assertThat(proposal.getOriginMeetingId()).isNull();
    }

    @Test
    void adoptingMakesAnActivityOfTheOwnersPlanThatKeepsItsOriginAndMarksTheProposal() {
        fixture.openCycle();
        var carried = proposal(ProposalOrigin.CARRY_OVER, "II");
        var fromMeeting = proposal(ProposalOrigin.MEETING_ACTION_ITEM, null);
        long versionBefore = carried.getVersion();

        var activity = backlog.adopt(ServiceFixture.YEAR, Party.NATIONAL, carried.getId(), carried.getVersion(), null);
        var chosen = backlog.adopt(ServiceFixture.YEAR, Party.NATIONAL, fromMeeting.getId(), fromMeeting.getVersion(), "IV");

        assertThat(activity.getOrigin()).isEqualTo(ActivityOrigin.CARRIED_OVER);
        assertThat(activity.getOriginProposalId()).isEqualTo(carried.getId());
        assertThat(activity.getSectionCode()).isEqualTo("II");
        assertThat(activity.getTitleEn()).isEqualTo("Proposed");
        assertThat(activity.getDescription()).isEqualTo("Because");
        assertThat(chosen.getOrigin()).isEqualTo(ActivityOrigin.PROPOSAL);
        assertThat(chosen.getSectionCode()).isEqualTo("IV");
        var adopted = backlog.find(ServiceFixture.YEAR, Party.NATIONAL, carried.getId());
        assertThat(adopted.getStatus()).isEqualTo(ProposalStatus.ADOPTED);
        assertThat(adopted.getAdoptedActivityId()).isEqualTo(activity.getId());
        assertThat(adopted.getVersion()).isEqualTo(versionBefore + 1);
        assertThat(fixture.store.last().action()).isEqualTo("adopted");
    }

    @Test
    void aProposalWithoutASectionNeedsOneToBeAdopted() {
        fixture.openCycle();
        var proposal = proposal(ProposalOrigin.MEETING_ACTION_ITEM, null);

        assertThatThrownBy(() -> backlog.adopt(ServiceFixture.YEAR, Party.NATIONAL, proposal.getId(),
                proposal.getVersion(), null)).isInstanceOf(DomainProblem.class).hasMessageContaining("sectionRequired");
        assertThat(fixture.activityRepository.count()).isZero();
    }

    @Test
    void decliningNeedsAReasonKeepsItAndEndsTheProposal() {
        fixture.openCycle();
        var proposal = proposal(ProposalOrigin.CARRY_OVER, "II");

        assertThatThrownBy(() -> backlog.decline(ServiceFixture.YEAR, Party.NATIONAL, proposal.getId(),
                proposal.getVersion(), " ")).isInstanceOf(DomainProblem.class).hasMessageContaining("reasonRequired");
        var declined = backlog.decline(ServiceFixture.YEAR, Party.NATIONAL, proposal.getId(), proposal.getVersion(),
                "  Done by a partner ");

        assertThat(declined.getStatus()).isEqualTo(ProposalStatus.DECLINED);
        assertThat(declined.getDeclineReason()).isEqualTo("Done by a partner");
        assertThat(fixture.store.last().action()).isEqualTo("declined");
        assertThat(fixture.store.last().reason()).isEqualTo("Done by a partner");
        assertThatThrownBy(() -> backlog.adopt(ServiceFixture.YEAR, Party.NATIONAL, proposal.getId(),
                declined.getVersion(), null)).isInstanceOf(DomainProblem.class).hasMessageContaining("notPending");
        assertThatThrownBy(() -> backlog.decline(ServiceFixture.YEAR, Party.NATIONAL, proposal.getId(),
                declined.getVersion(), "Again")).isInstanceOf(DomainProblem.class).hasMessageContaining("notPending");
    }

    @Test
    void aStaleOrUnknownProposalIsRefused() {
        fixture.openCycle();
        var proposal = proposal(ProposalOrigin.CARRY_OVER, "II");

        assertThatThrownBy(() -> backlog.decline(ServiceFixture.YEAR, Party.NATIONAL, proposal.getId(),
                proposal.getVersion() + 1, "Why")).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> backlog.find(ServiceFixture.YEAR + 1, Party.NATIONAL, proposal.getId()))
                .isInstanceOf(DomainProblem.class).hasMessageContaining("proposal.notFound");
        assertThatThrownBy(() -> backlog.find(ServiceFixture.YEAR, new Party("VAR"), proposal.getId()))
                .isInstanceOf(DomainProblem.class);
    }

    @Test
    void aProposalNeedsBothTitles() {
        assertThatThrownBy(() -> Proposal.propose(2031, Party.NATIONAL, ProposalOrigin.CARRY_OVER, UUID.randomUUID(),
                "I", " ", "Title", null)).isInstanceOf(DomainProblem.class).hasMessageContaining("titleRequired");
        assertThatThrownBy(() -> Proposal.propose(2031, Party.NATIONAL, ProposalOrigin.CARRY_OVER, UUID.randomUUID(),
                "I", "Заглавие", null, null)).isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> Proposal.propose(2031, Party.NATIONAL, ProposalOrigin.CARRY_OVER, UUID.randomUUID(),
                "I", null, "Title", null)).isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> Proposal.propose(2031, Party.NATIONAL, ProposalOrigin.CARRY_OVER, UUID.randomUUID(),
                "I", "Заглавие", "", null)).isInstanceOf(DomainProblem.class);
    }

    @Test
    void aSnapshotHoldsWhatTheOwnerDecided() {
        var proposal = Proposal.propose(2031, Party.NATIONAL, ProposalOrigin.CARRY_OVER, UUID.randomUUID(), "I", "З",
                "T", null);
        var activity = UUID.randomUUID();

        proposal.adoptedAs(activity);

        assertThat(proposal.snapshot()).containsEntry("status", ProposalStatus.ADOPTED)
                .containsEntry("adoptedActivityId", activity).containsEntry("declineReason", null);
    }

    private Proposal proposal(ProposalOrigin origin, String section) {
        var proposal = proposals.save(Proposal.propose(ServiceFixture.YEAR, Party.NATIONAL, origin, UUID.randomUUID(),
                section, "Предложение", "Proposed", "Because"));
        fixture.published.clear();
        return proposal;
    }

    private UnfinishedActivity unfinished(int year, String title, ActivityStatus status) {
        var activity = new UnfinishedActivity(UUID.randomUUID(), year, Party.NATIONAL, "II", "Дейност " + title, title,
                "About " + title, status);
        unfinished.add(activity);
        return activity;
    }

    private <E> List<E> events(Class<E> type) {
        return fixture.published.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
