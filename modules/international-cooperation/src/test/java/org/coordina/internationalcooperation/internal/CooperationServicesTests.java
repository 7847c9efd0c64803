package org.coordina.internationalcooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.coordina.internationalcooperation.events.AgreementExpired;
import org.coordina.internationalcooperation.events.AgreementExpiring;
import org.coordina.internationalcooperation.events.AgreementKind;
import org.coordina.internationalcooperation.events.AgreementSigned;
import org.coordina.internationalcooperation.events.CooperationActivityKind;
import org.coordina.internationalcooperation.events.CooperationActivityRecorded;
import org.coordina.internationalcooperation.events.LegislativeInitiativeAdvanced;
import org.coordina.internationalcooperation.events.LegislativeStage;
import org.coordina.internationalcooperation.events.ObligationDueSoon;
import org.coordina.internationalcooperation.events.ObligationFulfilled;
import org.coordina.internationalcooperation.events.ObligationOverdue;
import org.coordina.internationalcooperation.events.PartnerKind;
import org.coordina.internationalcooperation.events.PartnerRegistered;
import org.coordina.internationalcooperation.events.ReportingBody;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.testsupport.InMemoryRegisteredCommissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/** The application services over in-memory repositories and a fixed clock (1 March 2030, Sofia). */
class CooperationServicesTests {

    static final Instant NOW = Instant.parse("2030-03-01T10:00:00Z");

    static final LocalDate TODAY = LocalDate.of(2030, 3, 1);

    final List<Object> published = new ArrayList<>();

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    final InMemoryCooperation.History history = new InMemoryCooperation.History();

    final InMemoryCooperation.Lock lock = new InMemoryCooperation.Lock();

    final CooperationProperties properties = new CooperationProperties(null, null, null, null);

    final InMemoryCooperation.Partners partnerRows = new InMemoryCooperation.Partners(published);

    final InMemoryCooperation.Agreements agreementRows = new InMemoryCooperation.Agreements(published);

    final InMemoryCooperation.Activities activityRows = new InMemoryCooperation.Activities(published);

    final InMemoryCooperation.Obligations obligationRows = new InMemoryCooperation.Obligations(published);

    final InMemoryCooperation.Initiatives initiativeRows = new InMemoryCooperation.Initiatives(published);

    final InMemoryRegisteredCommissions known = new InMemoryRegisteredCommissions();

    final CommissionRegister commissions = new CommissionRegister(known, clock);

    final Partners partners = new Partners(partnerRows, history, clock);

    final Agreements agreements = new Agreements(agreementRows, partners, history, lock, properties, clock);

    final CooperationActivities activities = new CooperationActivities(activityRows, partners, commissions, history,
            clock);

    final ReportingObligations obligations = new ReportingObligations(obligationRows, history, lock, properties, clock);

    final LegislativeInitiatives initiatives = new LegislativeInitiatives(initiativeRows, history, clock);

    UUID partner;

    @BeforeEach
    void setUp() {
        assertThat(commissions.project(UUID.randomUUID(), new CommissionCode("VAR"), "МКБТХ Варна", "LCCTHB Varna",
                CommissionStatus.ACTIVE, 1)).isTrue();
        var dissolved = UUID.randomUUID();
        commissions.project(dissolved, new CommissionCode("DIS"), "Закрита", "Dissolved", CommissionStatus.ACTIVE, 1);
        commissions.project(dissolved, new CommissionCode("DIS"), null, null, CommissionStatus.DISSOLVED, 2);
        assertThat(commissions.project(dissolved, new CommissionCode("DIS"), null, null, CommissionStatus.ACTIVE, 2))
                .as("an older or repeated version changes nothing").isFalse();
        partner = partners.register(partnerDetails("IOM")).getId();
        published.clear();
        history.lines.clear();
    }

    static PartnerDetails partnerDetails(String name) {
        return new PartnerDetails("МОМ", name, PartnerKind.INTERNATIONAL_ORGANISATION, null, null, "https://www.iom.int");
    }

    AgreementDetails agreement(LocalDate validTo) {
        return new AgreementDetails(Set.of(partner), AgreementKind.PROJECT_AGREEMENT, "Проект", "Project",
                LocalDate.of(2029, 1, 1), validTo, null);
    }

    ActivityDetails activity(Set<CommissionCode> codes) {
        return new ActivityDetails(CooperationActivityKind.CONFERENCE, "Конференция", "Conference", Set.of(partner),
                TODAY, null, "Sofia", codes, null, null, null, null, null, 80, null, Set.of());
    }

    static ObligationDetails obligation(Recurrence recurrence) {
        return new ObligationDetails(ReportingBody.UNODC, "Въпросник", "Questionnaire", null, recurrence, null);
    }

    @Test
    void aPartnerIsRegisteredAnnouncedAndKeptInHistoryAndAChangeToTheSameIsNone() {
        var registered = partners.register(partnerDetails("Europol"));

        assertThat(registered.getVersion()).isEqualTo(1);
        assertThat(published).singleElement().isInstanceOfSatisfying(PartnerRegistered.class, event -> {
            assertThat(event.partnerId()).isEqualTo(registered.getId());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.nameEn()).isEqualTo("Europol");
        });
        assertThat(registered.getNameBg()).isEqualTo("МОМ");
        assertThat(registered.getKind()).isEqualTo(PartnerKind.INTERNATIONAL_ORGANISATION);
        assertThat(registered.getCountry()).isNull();
        assertThat(registered.getContacts()).isNull();
        assertThat(registered.getWebsite()).isEqualTo("https://www.iom.int");
        assertThat(registered.snapshot()).containsEntry("nameEn", "Europol").containsEntry("nameBg", "МОМ")
                .containsEntry("kind", PartnerKind.INTERNATIONAL_ORGANISATION)
                .containsEntry("website", "https://www.iom.int").containsKeys("country", "contacts");
        assertThat(history.lines).containsExactly("Partner 1 registered");
        int saves = partnerRows.saves();

        assertThat(partners.change(registered.getId(), 1, partnerDetails("Europol")).getVersion()).isEqualTo(1);
        assertThat(partnerRows.saves()).isEqualTo(saves);
        assertThat(partners.change(registered.getId(), 1, partnerDetails("Europol (EU)")).getNameEn())
                .isEqualTo("Europol (EU)");
        assertThat(history.lines).containsExactly("Partner 1 registered", "Partner 2 changed");
        assertThatThrownBy(() -> partners.change(registered.getId(), 1, partnerDetails("Stale")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> partners.find(UUID.randomUUID())).isInstanceOf(DomainProblem.class)
                .hasMessage("internationalcooperation.partner.notFound");
    }

    @Test
    void onlyRegisteredPartnersMayBeNamed() {
        partners.requireKnown(Set.of());
        partners.requireKnown(Set.of(partner));
        assertThatThrownBy(() -> partners.requireKnown(Set.of(partner, UUID.randomUUID())))
                .hasMessage("internationalcooperation.partner.unknown");
        assertThatThrownBy(() -> agreements.draft(new AgreementDetails(Set.of(UUID.randomUUID()),
                AgreementKind.JOINT_DECLARATION, "a", "a", TODAY, null, null))).isInstanceOf(DomainProblem.class);
        assertThat(agreementRows.count()).isZero();
    }

    @Test
    void anAgreementIsDraftedChangedSignedAndTerminatedWithItsHistory() {
        var draft = agreements.draft(agreement(LocalDate.of(2031, 12, 31)));
        assertThat(agreements.change(draft.getId(), 1, agreement(LocalDate.of(2031, 12, 31))).getVersion()).isEqualTo(1);
        var changed = agreements.change(draft.getId(), 1, agreement(LocalDate.of(2032, 12, 31)));
        assertThat(changed.getVersion()).isEqualTo(2);
        var signed = agreements.sign(draft.getId(), 2, TODAY);
        assertThat(signed.getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(published).singleElement().isInstanceOf(AgreementSigned.class);
        assertThatThrownBy(() -> agreements.terminate(draft.getId(), 2))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(agreements.terminate(draft.getId(), 3).getStatus()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(history.lines).containsExactly("Agreement 1 drafted", "Agreement 2 changed", "Agreement 3 signed",
                "Agreement 4 terminated");
        assertThatThrownBy(() -> agreements.find(UUID.randomUUID()))
                .hasMessage("internationalcooperation.agreement.notFound");
        var unknown = new AgreementDetails(Set.of(UUID.randomUUID()), AgreementKind.PROJECT_AGREEMENT, "a", "a",
                LocalDate.of(2029, 1, 1), null, null);
        assertThatThrownBy(() -> agreements.change(draft.getId(), 4, unknown))
                .hasMessage("internationalcooperation.partner.unknown");
    }

    @Test
    void theDailyRoundAnnouncesEndingAgreementsAndExpiresEndedOnesOnceUnlessAnotherInstanceHoldsTheLock() {
        var ending = agreements.draft(agreement(TODAY.plusDays(90)));
        agreements.sign(ending.getId(), 1, TODAY.minusYears(1));
        var later = agreements.draft(agreement(TODAY.plusDays(91)));
        agreements.sign(later.getId(), 1, TODAY.minusYears(1));
        var ended = agreements.draft(agreement(TODAY.minusDays(1)));
        agreements.sign(ended.getId(), 1, TODAY.minusYears(1));
        published.clear();

        lock.heldElsewhere = true;
        assertThat(agreements.announce()).isZero();
        assertThat(published).isEmpty();

        lock.heldElsewhere = false;
        assertThat(agreements.announce()).isEqualTo(2);
        assertThat(agreements.announce()).isZero();

        assertThat(published).hasSize(2);
        assertThat(published).filteredOn(AgreementExpiring.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((AgreementExpiring) event).agreementId()).isEqualTo(ending.getId()));
        assertThat(published).filteredOn(AgreementExpired.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((AgreementExpired) event).agreementId()).isEqualTo(ended.getId()));
        assertThat(agreements.find(ended.getId()).getStatus()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(history.byAggregate.get(ending.getId())).containsExactly("drafted", "signed", "expiring announced");
        assertThat(history.byAggregate.get(ended.getId())).containsExactly("drafted", "signed", "expired");
        assertThat(history.byAggregate.get(later.getId())).containsExactly("drafted", "signed");
    }

    @Test
    void anActivityNamesOnlyKnownPartnersAndUsableCommissions() {
        var recorded = activities.record(activity(Set.of(new CommissionCode("VAR"))));

        assertThat(published).singleElement().isInstanceOf(CooperationActivityRecorded.class);
        assertThat(history.lines).containsExactly("CooperationActivity 1 recorded");
        assertThatThrownBy(() -> activities.record(activity(Set.of(new CommissionCode("DIS"), new CommissionCode("QQQ")))))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.messageCode()).isEqualTo("internationalcooperation.commission.unknown");
                    assertThat(problem.arguments()).containsExactly("DIS, QQQ");
                });
        assertThat(activityRows.count()).isEqualTo(1);
        assertThat(activities.change(recorded.getId(), 1, activity(Set.of(new CommissionCode("VAR")))).getVersion())
                .isEqualTo(1);
        assertThat(activities.change(recorded.getId(), 1, activity(Set.of())).getCommissions()).isEmpty();
        assertThat(history.lines).containsExactly("CooperationActivity 1 recorded", "CooperationActivity 2 changed");
        assertThatThrownBy(() -> activities.change(recorded.getId(), 1, activity(Set.of())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> activities.find(UUID.randomUUID()))
                .hasMessage("internationalcooperation.activity.notFound");
        assertThatThrownBy(() -> activities.change(recorded.getId(), 2, activity(Set.of(new CommissionCode("QQQ")))))
                .hasMessage("internationalcooperation.commission.unknown");
        var strangers = new ActivityDetails(CooperationActivityKind.CONFERENCE, "a", "a", Set.of(UUID.randomUUID()),
                TODAY, null, null, Set.of(), null, null, null, null, null, null, null, Set.of());
        assertThatThrownBy(() -> activities.change(recorded.getId(), 2, strangers))
                .hasMessage("internationalcooperation.partner.unknown");
        assertThatThrownBy(() -> activities.record(strangers)).hasMessage("internationalcooperation.partner.unknown");
        assertThat(activityRows.count()).isEqualTo(1);
    }

    @Test
    void aSecretaryRecordsOnlyActivitiesItsCommissionTakesPartIn() {
        var varna = new CommissionCode("VAR");
        assertThat(activities.recordFor(varna, activity(Set.of(varna))).getCommissions()).containsExactly(varna);
        assertThatThrownBy(() -> activities.recordFor(varna, activity(Set.of())))
                .hasMessage("internationalcooperation.activity.notParticipating");
        assertThat(activityRows.count()).isEqualTo(1);
    }

    @Test
    void anObligationIsCreatedChangedAndItsDeadlineSubmitted() {
        var created = obligations.create(obligation(Recurrence.YEARLY), TODAY.plusDays(60));
        assertThat(obligations.change(created.getId(), 1, obligation(Recurrence.YEARLY)).getVersion()).isEqualTo(1);
        obligations.change(created.getId(), 1, obligation(Recurrence.EVERY_TWO_YEARS));
        var occurrence = created.getOccurrences().get(0).id();

        var submitted = obligations.submit(created.getId(), 2, occurrence, TODAY, "REF-7");

        assertThat(submitted.getOccurrences()).extracting(Occurrence::dueOn)
                .containsExactly(TODAY.plusDays(60), TODAY.plusDays(60).plusYears(2));
        assertThat(published).singleElement().isInstanceOf(ObligationFulfilled.class);
        assertThat(history.lines).containsExactly("ReportingObligation 1 created", "ReportingObligation 2 changed",
                "ReportingObligation 3 submitted");
        assertThatThrownBy(() -> obligations.submit(created.getId(), 2, occurrence, TODAY, "x"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> obligations.find(UUID.randomUUID()))
                .hasMessage("internationalcooperation.obligation.notFound");
        assertThat(obligations.today()).isEqualTo(TODAY);
    }

    @Test
    void theDailyRoundAnnouncesDeadlinesDueSoonAndOverdueOnceUnlessAnotherInstanceHoldsTheLock() {
        var soon = obligations.create(obligation(Recurrence.ONE_OFF), TODAY.plusDays(30));
        var notYet = obligations.create(obligation(Recurrence.ONE_OFF), TODAY.plusDays(31));
        var missed = obligations.create(obligation(Recurrence.everyMonths(1)), TODAY.minusDays(1));

        lock.heldElsewhere = true;
        assertThat(obligations.announce()).isZero();
        lock.heldElsewhere = false;
        assertThat(obligations.announce()).isEqualTo(2);
        assertThat(obligations.announce()).isZero();

        assertThat(published).filteredOn(ObligationDueSoon.class::isInstance).extracting("obligationId")
                .containsExactlyInAnyOrder(soon.getId(), missed.getId());
        assertThat(published).filteredOn(ObligationOverdue.class::isInstance).extracting("obligationId")
                .containsExactly(missed.getId());
        assertThat(obligations.find(notYet.getId()).getVersion()).isEqualTo(1);
        assertThat(obligations.find(missed.getId()).getOccurrences()).extracting(Occurrence::status)
                .containsExactly(OccurrenceStatus.LATE, OccurrenceStatus.OPEN);
        assertThat(history.byAggregate.get(missed.getId())).containsExactly("created", "overdue");
        assertThat(history.byAggregate.get(soon.getId())).containsExactly("created", "due soon announced");
        assertThat(history.byAggregate.get(notYet.getId())).containsExactly("created");
    }

    @Test
    void anInitiativeAdvancesWithTheNoteAsTheReasonInItsHistory() {
        var proposed = initiatives.propose("Транспониране", "Transposition", "Directive (EU) 2024/1712", "Ministry",
                new StageReached(LegislativeStage.PROPOSAL, TODAY.minusMonths(2), null));
        var advanced = initiatives.advance(proposed.getId(), 1,
                new StageReached(LegislativeStage.PUBLIC_CONSULTATION, TODAY, "Opened on the portal"));

        assertThat(advanced.getStage()).isEqualTo(LegislativeStage.PUBLIC_CONSULTATION);
        assertThat(published).singleElement().isInstanceOf(LegislativeInitiativeAdvanced.class);
        assertThat(history.lines).containsExactly("LegislativeInitiative 1 proposed",
                "LegislativeInitiative 2 advanced (Opened on the portal)");
        assertThatThrownBy(() -> initiatives.advance(proposed.getId(), 1,
                new StageReached(LegislativeStage.ADOPTED, TODAY, null))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> initiatives.find(UUID.randomUUID()))
                .hasMessage("internationalcooperation.initiative.notFound");
    }
}
