package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coordina.annualplanning.internal.ServiceFixture.NOW;
import static org.coordina.annualplanning.internal.ServiceFixture.YEAR;
import static org.coordina.annualplanning.internal.ServiceFixture.owner;
import static org.coordina.annualplanning.internal.ServiceFixture.refused;
import static org.coordina.sharedkernel.domain.DomainProblem.Kind.CONFLICT;
import static org.coordina.sharedkernel.domain.DomainProblem.Kind.NOT_FOUND;
import static org.coordina.sharedkernel.domain.DomainProblem.Kind.RULE_VIOLATED;

import org.coordina.annualplanning.events.PlanApproved;
import org.coordina.annualplanning.events.PlanReopened;
import org.coordina.annualplanning.events.PlanReturned;
import org.coordina.annualplanning.events.PlanSubmitted;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.FieldChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class PlansTests {

    final ServiceFixture fixture = new ServiceFixture();

    final Plans plans = fixture.plans;

    final Party var = owner("VAR");

    @BeforeEach
    void openCycleWithACommission() {
        fixture.known("VAR");
        fixture.openCycle();
    }

    @Test
    void aPlanIsFoundByYearAndOwner() {
        assertThat(plans.find(YEAR, var).getOwner()).isEqualTo(var);
        refused(() -> plans.find(YEAR, owner("BGS")), NOT_FOUND, "annualplanning.plan.notFound", owner("BGS"), YEAR);
        refused(() -> plans.find(YEAR + 1, var), NOT_FOUND, "annualplanning.plan.notFound", var, YEAR + 1);
    }

    @Test
    void aPlanGoesFromDraftToApprovedAndEveryStepIsKept() {
        fixture.added(var, null);
        fixture.added(var, null);
        var submitted = plans.submit(YEAR, var, 1);
        assertThat(submitted.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(submitted.getSubmittedAt()).isEqualTo(NOW);
        assertThat(submitted.getVersion()).isEqualTo(2);
        var returned = plans.returnWith(YEAR, var, 2, " Add indicators ");
        assertThat(returned.getReturnReasons()).isEqualTo("Add indicators");
        var again = plans.submit(YEAR, var, 3);
        var approved = plans.approve(YEAR, var, again.getVersion());
        assertThat(approved.getStatus()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.getApprovedAt()).isEqualTo(NOW);
        var reopened = plans.reopen(YEAR, var, 5, " New funding ");
        assertThat(reopened.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(reopened.getVersion()).isEqualTo(6);

        assertThat(fixture.published).hasExactlyElementsOfTypes(PlanSubmitted.class, PlanReturned.class,
                PlanSubmitted.class, PlanApproved.class, PlanReopened.class);
        assertThat(((PlanSubmitted) fixture.published.get(0)).activityCount()).isEqualTo(2);
        assertThat(((PlanApproved) fixture.published.get(3)).activityCount()).isEqualTo(2);
        assertThat(((PlanApproved) fixture.published.get(3)).version()).isEqualTo(5);
        var history = fixture.store.of(java.util.List.of(submitted.getId()));
        assertThat(history).extracting(entry -> entry.action())
                .containsExactly("submitted", "returned", "submitted", "approved", "reopened");
        assertThat(history).extracting(entry -> entry.aggregateVersion()).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(history).extracting(entry -> entry.reason())
                .containsExactly(null, "Add indicators", null, null, "New funding");
        assertThat(history.get(0).changes()).containsExactly(new FieldChange("status", "DRAFT", "SUBMITTED"));
        assertThat(history.get(1).changes()).containsExactly(new FieldChange("status", "SUBMITTED", "RETURNED"),
                new FieldChange("returnReasons", null, "Add indicators"));
        assertThat(history.get(2).changes()).containsExactly(new FieldChange("status", "RETURNED", "SUBMITTED"));
        assertThat(history.get(3).changes()).containsExactly(new FieldChange("status", "SUBMITTED", "APPROVED"),
                new FieldChange("returnReasons", "Add indicators", null));
    }

    @Test
    void anEmptyPlanIsNotSubmittedAndNothingIsKept() {
        refused(() -> plans.submit(YEAR, var, 1), RULE_VIOLATED, "annualplanning.plan.empty", var, YEAR);
        assertThat(plans.find(YEAR, var).getVersion()).isEqualTo(1);
        assertThat(fixture.store.entries).isEmpty();
        assertThat(fixture.published).isEmpty();
    }

    @Test
    void anIllegalTransitionNamesTheCurrentStateAndSavesNothing() {
        refused(() -> plans.approve(YEAR, var, 1), CONFLICT, "annualplanning.plan.wrongStatus", var, YEAR, PlanStatus.DRAFT);
        refused(() -> plans.returnWith(YEAR, var, 1, "x"), CONFLICT, "annualplanning.plan.wrongStatus", var, YEAR,
                PlanStatus.DRAFT);
        refused(() -> plans.reopen(YEAR, var, 1, "x"), CONFLICT, "annualplanning.plan.wrongStatus", var, YEAR,
                PlanStatus.DRAFT);
        assertThat(fixture.planRepository.saves()).isEqualTo(2);
        assertThat(fixture.store.entries).isEmpty();
    }

    @Test
    void aReopenWithoutAReasonIsRefused() {
        fixture.added(var, null);
        plans.submit(YEAR, var, 1);
        plans.approve(YEAR, var, 2);
        refused(() -> plans.reopen(YEAR, var, 3, null), RULE_VIOLATED, "annualplanning.reasonRequired");
        assertThat(plans.find(YEAR, var).getStatus()).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void aStaleVersionIsRefused() {
        fixture.added(var, null);
        assertThatThrownBy(() -> plans.submit(YEAR, var, 2)).isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("version 1, not 2");
        assertThat(plans.find(YEAR, var).getStatus()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void plansChangeOnlyWhileTheirCycleIsOpen() {
        fixture.added(var, null);
        fixture.cycles.close(fixture.cycles.find(YEAR), 0);
        refused(() -> plans.submit(YEAR, var, 1), CONFLICT, "annualplanning.cycle.wrongStatus", YEAR, CycleStatus.CLOSED,
                CycleStatus.OPEN);
        refused(() -> plans.inOpenCycle(YEAR, var), CONFLICT, "annualplanning.cycle.wrongStatus", YEAR,
                CycleStatus.CLOSED, CycleStatus.OPEN);
        refused(() -> plans.inOpenCycle(YEAR + 1, var), NOT_FOUND, "annualplanning.cycle.notFound", YEAR + 1);
    }

    @Test
    void thePlanInAnOpenCycleIsFound() {
        assertThat(plans.inOpenCycle(YEAR, var).getOwner()).isEqualTo(var);
    }
}
