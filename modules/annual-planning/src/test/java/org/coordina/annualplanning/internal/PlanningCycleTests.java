package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coordina.annualplanning.internal.ServiceFixture.NOW;
import static org.coordina.annualplanning.internal.ServiceFixture.eventsOf;
import static org.coordina.annualplanning.internal.ServiceFixture.refused;
import static org.coordina.sharedkernel.domain.DomainProblem.Kind.CONFLICT;
import static org.coordina.sharedkernel.domain.DomainProblem.Kind.RULE_VIOLATED;

import java.time.LocalDate;
import java.util.List;

import org.coordina.annualplanning.events.PlanningCycleClosed;
import org.coordina.annualplanning.events.PlanningCycleOpened;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanningCycleTests {

    static final ProgrammeSection PREVENTION = new ProgrammeSection("II", "Превенция", "Prevention", "Цел", "Objective");

    static final ProgrammeSection TRAINING = new ProgrammeSection("III", "Обучение", "Training", "Цел", "Objective");

    static final OperationalObjective CAMPAIGNS = new OperationalObjective("II", "II.1", "Кампании", "Campaigns");

    static final CycleDeadlines DEADLINES = new CycleDeadlines(LocalDate.of(2030, 2, 1), 20, LocalDate.of(2030, 3, 1));

    static PlanningCycle draft() {
        return PlanningCycle.draft(2030, new Programme(List.of(PREVENTION, TRAINING), List.of(CAMPAIGNS)), DEADLINES);
    }

    @Test
    void aNewCycleIsADraftWithItsProgrammeAndDeadlines() {
        var cycle = draft();
        assertThat(cycle.getId()).isNotNull();
        assertThat(cycle.getYear()).isEqualTo(2030);
        assertThat(cycle.getStatus()).isEqualTo(CycleStatus.DRAFT);
        assertThat(cycle.getSections()).containsExactly(PREVENTION, TRAINING);
        assertThat(cycle.getObjectives()).containsExactly(CAMPAIGNS);
        assertThat(cycle.getPlanSubmissionDue()).isEqualTo(LocalDate.of(2030, 2, 1));
        assertThat(cycle.getReportDueDays()).isEqualTo(20);
        assertThat(cycle.getNationalApprovalTarget()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(cycle.getOpenedAt()).isNull();
        assertThat(cycle.getClosedAt()).isNull();
        assertThat(cycle.getVersion()).isZero();
        assertThat(cycle.programme()).isEqualTo(new Programme(List.of(PREVENTION, TRAINING), List.of(CAMPAIGNS)));
        assertThat(cycle.deadlines()).isEqualTo(DEADLINES);
        assertThat(eventsOf(cycle)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = { 2000, 2100 })
    void yearsFrom2000To2100ArePlanned(int year) {
        assertThat(PlanningCycle.draft(year, Programme.defaults(), DEADLINES).getYear()).isEqualTo(year);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1999, 2101 })
    void otherYearsAreNot(int year) {
        refused(() -> PlanningCycle.draft(year, Programme.defaults(), DEADLINES), RULE_VIOLATED,
                "annualplanning.cycle.yearOutOfRange", year);
    }

    @Test
    void aProgrammeAndDeadlinesAreRequired() {
        assertThatThrownBy(() -> PlanningCycle.draft(2030, null, DEADLINES)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PlanningCycle.draft(2030, Programme.defaults(), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void anObjectiveNeedsItsSectionInTheProgramme() {
        var orphan = new OperationalObjective("VII", "VII.1", "Закон", "Law");
        refused(() -> PlanningCycle.draft(2030, new Programme(List.of(PREVENTION), List.of(orphan)), DEADLINES),
                RULE_VIOLATED, "annualplanning.cycle.objectiveWithoutSection", "VII.1", "VII");
        var cycle = draft();
        refused(() -> cycle.revise(new Programme(List.of(TRAINING), List.of(CAMPAIGNS)), DEADLINES), RULE_VIOLATED,
                "annualplanning.cycle.objectiveWithoutSection", "II.1", "II");
        assertThat(cycle.getSections()).containsExactly(PREVENTION, TRAINING);
    }

    @Test
    void aDraftIsRevisedAndTellsWhetherAnythingChanged() {
        var cycle = draft();
        assertThat(cycle.revise(cycle.programme(), DEADLINES)).isFalse();
        var later = new CycleDeadlines(LocalDate.of(2030, 2, 1), 20, LocalDate.of(2030, 4, 1));
        assertThat(cycle.revise(cycle.programme(), later)).isTrue();
        assertThat(cycle.getNationalApprovalTarget()).isEqualTo(LocalDate.of(2030, 4, 1));
        assertThat(cycle.revise(new Programme(List.of(TRAINING), List.of()), later)).isTrue();
        assertThat(cycle.getSections()).containsExactly(TRAINING);
        assertThat(cycle.getObjectives()).isEmpty();
        assertThat(eventsOf(cycle)).isEmpty();
    }

    @Test
    void openingAnnouncesTheCycleWithItsDeadlinesAndSections() {
        var cycle = draft();
        cycle.open(NOW);
        assertThat(cycle.getStatus()).isEqualTo(CycleStatus.OPEN);
        assertThat(cycle.getOpenedAt()).isEqualTo(NOW);
        assertThat(eventsOf(cycle)).singleElement().isInstanceOfSatisfying(PlanningCycleOpened.class, event -> {
            assertThat(event.eventId()).isNotNull();
            assertThat(event.occurredAt()).isEqualTo(NOW);
            assertThat(event.cycleId()).isEqualTo(cycle.getId());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.year()).isEqualTo(2030);
            assertThat(event.planSubmissionDue()).isEqualTo(LocalDate.of(2030, 2, 1));
            assertThat(event.reportDueDays()).isEqualTo(20);
            assertThat(event.nationalApprovalTarget()).isEqualTo(LocalDate.of(2030, 3, 1));
            assertThat(event.sectionCodes()).containsExactly("II", "III");
        });
    }

    @Test
    void anOpenCycleIsNeitherOpenedAgainNorRevised() {
        var cycle = draft();
        cycle.open(NOW);
        refused(() -> cycle.open(NOW), CONFLICT, "annualplanning.cycle.wrongStatus", 2030, CycleStatus.OPEN,
                CycleStatus.DRAFT);
        refused(() -> cycle.revise(Programme.defaults(), DEADLINES), CONFLICT, "annualplanning.cycle.wrongStatus", 2030,
                CycleStatus.OPEN, CycleStatus.DRAFT);
        assertThat(eventsOf(cycle)).hasSize(1);
    }

    @Test
    void anOpenCycleIsClosedOnceAndFrozen() {
        var cycle = draft();
        refused(() -> cycle.close(0, NOW), CONFLICT, "annualplanning.cycle.wrongStatus", 2030, CycleStatus.DRAFT,
                CycleStatus.OPEN);
        cycle.open(NOW);
        var later = NOW.plusSeconds(60);
        cycle.close(3, later);
        assertThat(cycle.getStatus()).isEqualTo(CycleStatus.CLOSED);
        assertThat(cycle.getClosedAt()).isEqualTo(later);
        assertThat(eventsOf(cycle)).last().isInstanceOfSatisfying(PlanningCycleClosed.class, event -> {
            assertThat(event.eventId()).isNotNull();
            assertThat(event.occurredAt()).isEqualTo(later);
            assertThat(event.cycleId()).isEqualTo(cycle.getId());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.year()).isEqualTo(2030);
            assertThat(event.activitiesCarriedOver()).isEqualTo(3);
        });
        refused(() -> cycle.close(0, NOW), CONFLICT, "annualplanning.cycle.wrongStatus", 2030, CycleStatus.CLOSED,
                CycleStatus.OPEN);
        refused(cycle::requireOpen, CONFLICT, "annualplanning.cycle.wrongStatus", 2030, CycleStatus.CLOSED,
                CycleStatus.OPEN);
    }

    @Test
    void onlyAnOpenCyclePassesRequireOpen() {
        var cycle = draft();
        refused(cycle::requireOpen, CONFLICT, "annualplanning.cycle.wrongStatus", 2030, CycleStatus.DRAFT, CycleStatus.OPEN);
        cycle.open(NOW);
        assertThatNoException().isThrownBy(cycle::requireOpen);
        assertThatNoException().isThrownBy(() -> cycle.requireStatus(CycleStatus.OPEN));
    }

    @Test
    void anActivityNamesASectionAndOptionallyAnObjectiveOfThatSection() {
        var cycle = draft();
        assertThatNoException().isThrownBy(() -> cycle.requireSection("III", null));
        assertThatNoException().isThrownBy(() -> cycle.requireSection("II", "II.1"));
        refused(() -> cycle.requireSection("IX", null), RULE_VIOLATED, "annualplanning.activity.unknownSection", "IX", 2030);
        refused(() -> cycle.requireSection("II", "II.2"), RULE_VIOLATED, "annualplanning.activity.unknownObjective",
                "II.2", "II");
        refused(() -> cycle.requireSection("III", "II.1"), RULE_VIOLATED, "annualplanning.activity.unknownObjective",
                "II.1", "III");
    }

    @Test
    void theSnapshotHoldsStatusDeadlinesAndCodes() {
        var cycle = draft();
        assertThat(cycle.snapshot()).containsExactly(
                org.assertj.core.api.Assertions.entry("status", CycleStatus.DRAFT),
                org.assertj.core.api.Assertions.entry("planSubmissionDue", LocalDate.of(2030, 2, 1)),
                org.assertj.core.api.Assertions.entry("reportDueDays", 20),
                org.assertj.core.api.Assertions.entry("nationalApprovalTarget", LocalDate.of(2030, 3, 1)),
                org.assertj.core.api.Assertions.entry("sections", List.of("II", "III")),
                org.assertj.core.api.Assertions.entry("objectives", List.of("II.1")));
    }

    @Test
    void theSectionsReadAreACopy() {
        var cycle = draft();
        assertThatThrownBy(() -> cycle.getSections().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cycle.getObjectives().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
