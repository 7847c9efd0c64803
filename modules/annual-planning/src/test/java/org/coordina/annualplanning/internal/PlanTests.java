package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.entry;
import static org.coordina.annualplanning.internal.ServiceFixture.NOW;
import static org.coordina.annualplanning.internal.ServiceFixture.eventsOf;
import static org.coordina.annualplanning.internal.ServiceFixture.owner;
import static org.coordina.annualplanning.internal.ServiceFixture.refused;
import static org.coordina.sharedkernel.domain.DomainProblem.Kind.CONFLICT;
import static org.coordina.sharedkernel.domain.DomainProblem.Kind.RULE_VIOLATED;

import java.time.Instant;

import org.coordina.annualplanning.events.PlanApproved;
import org.coordina.annualplanning.events.PlanReopened;
import org.coordina.annualplanning.events.PlanReturned;
import org.coordina.annualplanning.events.PlanSubmitted;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanTests {

    static final Party VAR = owner("VAR");

    static final Instant LATER = NOW.plusSeconds(3600);

    static Plan inStatus(PlanStatus status) {
        var plan = Plan.draft(2030, VAR);
        switch (status) {
            case DRAFT -> {
            }
            case SUBMITTED -> plan.submit(1, NOW);
            case RETURNED -> {
                plan.submit(1, NOW);
                plan.returnWith("Add indicators", NOW);
            }
            case APPROVED -> {
                plan.submit(1, NOW);
                plan.approve(1, NOW);
            }
        }
        ReflectionClear.events(plan);
        return plan;
    }

    @Test
    void aNewPlanIsAnEmptyDraftOfItsOwner() {
        var plan = Plan.draft(2030, VAR);
        assertThat(plan.getId()).isNotNull();
        assertThat(plan.getCycleYear()).isEqualTo(2030);
        assertThat(plan.getOwner()).isEqualTo(VAR);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.getReturnReasons()).isNull();
        assertThat(plan.getSubmittedAt()).isNull();
        assertThat(plan.getApprovedAt()).isNull();
        assertThat(plan.getVersion()).isZero();
        assertThat(eventsOf(plan)).isEmpty();
        assertThat(Plan.draft(2030, Party.NATIONAL).getOwner().isNational()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = PlanStatus.class, names = { "DRAFT", "RETURNED" })
    void theOwnerSubmitsADraftOrReturnedPlan(PlanStatus status) {
        var plan = inStatus(status);
        plan.submit(3, LATER);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(plan.getSubmittedAt()).isEqualTo(LATER);
        assertThat(eventsOf(plan)).singleElement().isInstanceOfSatisfying(PlanSubmitted.class, event -> {
            assertThat(event.eventId()).isNotNull();
            assertThat(event.occurredAt()).isEqualTo(LATER);
            assertThat(event.planId()).isEqualTo(plan.getId());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.year()).isEqualTo(2030);
            assertThat(event.owner()).isEqualTo(VAR);
            assertThat(event.activityCount()).isEqualTo(3);
        });
    }

    @Test
    void anEmptyPlanIsNotSubmitted() {
        var plan = inStatus(PlanStatus.DRAFT);
        refused(() -> plan.submit(0, NOW), RULE_VIOLATED, "annualplanning.plan.empty", VAR, 2030);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(eventsOf(plan)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = PlanStatus.class, names = { "SUBMITTED", "APPROVED" })
    void aSubmittedOrApprovedPlanIsNotSubmittedAgain(PlanStatus status) {
        var plan = inStatus(status);
        refused(() -> plan.submit(1, NOW), CONFLICT, "annualplanning.plan.wrongStatus", VAR, 2030, status);
        assertThat(eventsOf(plan)).isEmpty();
    }

    @Test
    void theNationalAdministrationReturnsASubmittedPlanWithItsReasons() {
        var plan = inStatus(PlanStatus.SUBMITTED);
        plan.returnWith("  Add indicators \n", LATER);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.RETURNED);
        assertThat(plan.getReturnReasons()).isEqualTo("Add indicators");
        assertThat(eventsOf(plan)).singleElement().isInstanceOfSatisfying(PlanReturned.class, event -> {
            assertThat(event.occurredAt()).isEqualTo(LATER);
            assertThat(event.planId()).isEqualTo(plan.getId());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.year()).isEqualTo(2030);
            assertThat(event.owner()).isEqualTo(VAR);
            assertThat(event.reasons()).isEqualTo("Add indicators");
        });
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "  \t" })
    void aReturnNeedsReasons(String reasons) {
        var plan = inStatus(PlanStatus.SUBMITTED);
        refused(() -> plan.returnWith(reasons, NOW), RULE_VIOLATED, "annualplanning.reasonRequired");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(eventsOf(plan)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = PlanStatus.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
    void onlyASubmittedPlanIsReturnedOrApproved(PlanStatus status) {
        var plan = inStatus(status);
        refused(() -> plan.returnWith("x", NOW), CONFLICT, "annualplanning.plan.wrongStatus", VAR, 2030, status);
        refused(() -> plan.approve(1, NOW), CONFLICT, "annualplanning.plan.wrongStatus", VAR, 2030, status);
        assertThat(plan.getStatus()).isEqualTo(status);
        assertThat(eventsOf(plan)).isEmpty();
    }

    @Test
    void anApprovedPlanForgetsWhyItWasOnceReturned() {
        var plan = inStatus(PlanStatus.RETURNED);
        plan.submit(2, NOW);
        ReflectionClear.events(plan);
        plan.approve(2, LATER);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.getApprovedAt()).isEqualTo(LATER);
        assertThat(plan.getReturnReasons()).isNull();
        assertThat(eventsOf(plan)).singleElement().isInstanceOfSatisfying(PlanApproved.class, event -> {
            assertThat(event.occurredAt()).isEqualTo(LATER);
            assertThat(event.planId()).isEqualTo(plan.getId());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.year()).isEqualTo(2030);
            assertThat(event.owner()).isEqualTo(VAR);
            assertThat(event.activityCount()).isEqualTo(2);
        });
    }

    @Test
    void anApprovedPlanIsReopenedAsADraftWithAReason() {
        var plan = inStatus(PlanStatus.APPROVED);
        plan.reopen(" New funding ", LATER);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(eventsOf(plan)).singleElement().isInstanceOfSatisfying(PlanReopened.class, event -> {
            assertThat(event.occurredAt()).isEqualTo(LATER);
            assertThat(event.planId()).isEqualTo(plan.getId());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.year()).isEqualTo(2030);
            assertThat(event.owner()).isEqualTo(VAR);
            assertThat(event.reason()).isEqualTo("New funding");
        });
        assertThatNoException().isThrownBy(plan::requireEditable);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", " " })
    void aReopenNeedsAReason(String reason) {
        var plan = inStatus(PlanStatus.APPROVED);
        refused(() -> plan.reopen(reason, NOW), RULE_VIOLATED, "annualplanning.reasonRequired");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.APPROVED);
    }

    @ParameterizedTest
    @EnumSource(value = PlanStatus.class, names = "APPROVED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnApprovedPlanIsReopened(PlanStatus status) {
        var plan = inStatus(status);
        refused(() -> plan.reopen("x", NOW), CONFLICT, "annualplanning.plan.wrongStatus", VAR, 2030, status);
        refused(plan::requireApproved, CONFLICT, "annualplanning.plan.wrongStatus", VAR, 2030, status);
    }

    @ParameterizedTest
    @EnumSource(value = PlanStatus.class, names = { "DRAFT", "RETURNED" })
    void activitiesChangeWhileThePlanIsADraftOrReturned(PlanStatus status) {
        assertThatNoException().isThrownBy(inStatus(status)::requireEditable);
        assertThat(status.isEditable()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = PlanStatus.class, names = { "SUBMITTED", "APPROVED" })
    void notWhileItIsSubmittedOrApproved(PlanStatus status) {
        var plan = inStatus(status);
        refused(plan::requireEditable, CONFLICT, "annualplanning.plan.notEditable", VAR, 2030, status);
        assertThat(status.isEditable()).isFalse();
    }

    @Test
    void anApprovedPlanPassesRequireApproved() {
        assertThatNoException().isThrownBy(inStatus(PlanStatus.APPROVED)::requireApproved);
    }

    @Test
    void theSnapshotHoldsStatusAndReasons() {
        assertThat(inStatus(PlanStatus.RETURNED).snapshot())
                .containsExactly(entry("status", PlanStatus.RETURNED), entry("returnReasons", "Add indicators"));
    }

    /** Forgets the events of the transitions that set a plan up. */
    static final class ReflectionClear {

        static void events(Object aggregate) {
            org.springframework.test.util.ReflectionTestUtils.invokeMethod(aggregate, "clearDomainEvents");
        }
    }
}
