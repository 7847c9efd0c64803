package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coordina.annualplanning.internal.ServiceFixture.NOW;
import static org.coordina.annualplanning.internal.ServiceFixture.YEAR;
import static org.coordina.annualplanning.internal.ServiceFixture.owner;
import static org.coordina.annualplanning.internal.ServiceFixture.refused;
import static org.coordina.sharedkernel.domain.DomainProblem.Kind.CONFLICT;
import static org.coordina.sharedkernel.domain.DomainProblem.Kind.NOT_FOUND;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.annualplanning.events.PlanningCycleClosed;
import org.coordina.annualplanning.events.PlanningCycleOpened;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.FieldChange;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class PlanningCyclesTests {

    final ServiceFixture fixture = new ServiceFixture();

    final PlanningCycles cycles = fixture.cycles;

    @Test
    void aCycleIsDraftedWithTheDefaultsAndItsCreationIsKept() {
        var cycle = cycles.draft(YEAR, null, null);
        assertThat(cycle.getVersion()).isEqualTo(1);
        assertThat(cycle.getStatus()).isEqualTo(CycleStatus.DRAFT);
        assertThat(cycle.programme()).isEqualTo(Programme.defaults());
        assertThat(cycle.deadlines()).isEqualTo(CycleDeadlines.defaultsFor(YEAR));
        assertThat(cycles.find(YEAR)).isSameAs(cycle);
        assertThat(cycles.exists(YEAR)).isTrue();
        assertThat(cycles.exists(YEAR + 1)).isFalse();
        assertThat(fixture.store.entries).singleElement().satisfies(entry -> {
            assertThat(entry.aggregateType()).isEqualTo("PlanningCycle");
            assertThat(entry.aggregateId()).isEqualTo(cycle.getId());
            assertThat(entry.aggregateVersion()).isEqualTo(1);
            assertThat(entry.action()).isEqualTo("created");
            assertThat(entry.changes()).contains(new FieldChange("status", null, "DRAFT"));
            assertThat(entry.reason()).isNull();
        });
        assertThat(fixture.published).isEmpty();
    }

    @Test
    void aCycleIsDraftedWithTheGivenProgrammeAndDeadlines() {
        var programme = new Programme(List.of(PlanningCycleTests.PREVENTION), List.of());
        var cycle = cycles.draft(YEAR, programme, PlanningCycleTests.DEADLINES);
        assertThat(cycle.programme()).isEqualTo(programme);
        assertThat(cycle.deadlines()).isEqualTo(PlanningCycleTests.DEADLINES);
    }

    @Test
    void aYearHasOneCycle() {
        cycles.draft(YEAR, null, null);
        refused(() -> cycles.draft(YEAR, null, null), CONFLICT, "annualplanning.cycle.yearTaken", YEAR);
        assertThat(fixture.cycleRepository.count()).isEqualTo(1);
    }

    @Test
    void anUnknownYearIsNotFound() {
        refused(() -> cycles.find(YEAR), NOT_FOUND, "annualplanning.cycle.notFound", YEAR);
    }

    @Test
    void aRevisionIsSavedAndKeptFieldByField() {
        cycles.draft(YEAR, null, null);
        var later = new CycleDeadlines(LocalDate.of(YEAR, 1, 31), 10, LocalDate.of(YEAR, 2, 28));
        var revised = cycles.revise(YEAR, 1, Programme.defaults(), later);
        assertThat(revised.getVersion()).isEqualTo(2);
        assertThat(revised.getReportDueDays()).isEqualTo(10);
        assertThat(fixture.store.last().action()).isEqualTo("revised");
        assertThat(fixture.store.last().aggregateVersion()).isEqualTo(2);
        assertThat(fixture.store.last().changes()).containsExactly(new FieldChange("reportDueDays", "15", "10"));
    }

    @Test
    void aRevisionThatChangesNothingIsNeitherSavedNorKept() {
        cycles.draft(YEAR, null, null);
        int saves = fixture.cycleRepository.saves();
        var same = cycles.revise(YEAR, 1, Programme.defaults(), CycleDeadlines.defaultsFor(YEAR));
        assertThat(same.getVersion()).isEqualTo(1);
        assertThat(fixture.cycleRepository.saves()).isEqualTo(saves);
        assertThat(fixture.store.entries).hasSize(1);
    }

    @Test
    void aStaleVersionIsRefused() {
        cycles.draft(YEAR, null, null);
        assertThatThrownBy(() -> cycles.revise(YEAR, 2, Programme.defaults(), CycleDeadlines.defaultsFor(YEAR)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> cycles.open(YEAR, 0)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(cycles.find(YEAR).getStatus()).isEqualTo(CycleStatus.DRAFT);
    }

    @Test
    void openingPlansForTheNationalAdministrationAndEveryActiveCommission() {
        fixture.known("VAR");
        fixture.known("BGS");
        var suspended = UUID.randomUUID();
        fixture.commissionRepository.upsert(suspended, "RSE", "Р", "R", CommissionStatus.SUSPENDED.name(), 1, NOW);
        cycles.draft(YEAR, null, null);
        var opened = cycles.open(YEAR, 1);
        assertThat(opened.getStatus()).isEqualTo(CycleStatus.OPEN);
        assertThat(opened.getVersion()).isEqualTo(2);
        assertThat(fixture.planRepository.findByCycleYear(YEAR)).extracting(plan -> plan.getOwner().value())
                .containsExactly("national", "BGS", "VAR");
        assertThat(fixture.planRepository.findByCycleYear(YEAR)).allSatisfy(plan -> {
            assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
            assertThat(plan.getVersion()).isEqualTo(1);
        });
        assertThat(fixture.published).singleElement().isInstanceOfSatisfying(PlanningCycleOpened.class,
                event -> assertThat(event.version()).isEqualTo(2));
        assertThat(fixture.store.entries).extracting(entry -> entry.aggregateType() + " " + entry.action())
                .containsExactly("PlanningCycle created", "PlanningCycle opened", "Plan created", "Plan created",
                        "Plan created");
        assertThat(fixture.store.entries.get(1).changes()).containsExactly(new FieldChange("status", "DRAFT", "OPEN"));
    }

    @Test
    void aCommissionGetsAPlanInEveryOpenCycleThatHasNoneForItYet() {
        cycles.draft(YEAR + 1, null, null);
        fixture.openCycle();
        var var = owner("VAR");
        cycles.planForOpenCycles(var);
        cycles.planForOpenCycles(var);
        assertThat(fixture.planRepository.findAll()).filteredOn(plan -> plan.getOwner().equals(var))
                .singleElement().satisfies(plan -> assertThat(plan.getCycleYear()).isEqualTo(YEAR));
        assertThat(fixture.store.entries).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("created"));
        cycles.planForOpenCycles(Party.NATIONAL);
        assertThat(fixture.planRepository.findByCycleYear(YEAR)).hasSize(2);
    }

    @Test
    void closingFreezesTheCycleAndKeepsTheChange() {
        var cycle = fixture.openCycle();
        var closed = cycles.close(cycle, 4);
        assertThat(closed.getStatus()).isEqualTo(CycleStatus.CLOSED);
        assertThat(closed.getVersion()).isEqualTo(3);
        assertThat(fixture.published).singleElement().isInstanceOfSatisfying(PlanningCycleClosed.class,
                event -> assertThat(event.activitiesCarriedOver()).isEqualTo(4));
        assertThat(fixture.store.last().action()).isEqualTo("closed");
        assertThat(fixture.store.last().changes()).contains(new FieldChange("status", "OPEN", "CLOSED"));
    }

    @Test
    void theCurrentCycleIsTheOneAtTheExpectedVersion() {
        cycles.draft(YEAR, null, null);
        assertThat(cycles.current(YEAR, 1).getYear()).isEqualTo(YEAR);
        assertThatThrownBy(() -> cycles.current(YEAR, 3)).isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("version 1, not 3");
    }
}
