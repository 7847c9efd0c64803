package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coordina.annualplanning.internal.ServiceFixture.YEAR;
import static org.coordina.annualplanning.internal.ServiceFixture.details;
import static org.coordina.annualplanning.internal.ServiceFixture.owner;
import static org.coordina.annualplanning.internal.ServiceFixture.refused;
import static org.coordina.sharedkernel.domain.DomainProblem.Kind.CONFLICT;
import static org.coordina.sharedkernel.domain.DomainProblem.Kind.NOT_FOUND;
import static org.coordina.sharedkernel.domain.DomainProblem.Kind.RULE_VIOLATED;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityChanged;
import org.coordina.annualplanning.events.ActivityOrigin;
import org.coordina.annualplanning.events.ActivityPlanned;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.FieldChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class ActivityPlanningTests {

    final ServiceFixture fixture = new ServiceFixture();

    final ActivityPlanning activities = fixture.activities;

    final Party var = owner("VAR");

    @BeforeEach
    void openCycleWithACommission() {
        fixture.known("VAR");
        fixture.known("BGS");
        fixture.openCycle();
    }

    @Test
    void anAddedActivityIsSavedAnnouncedAndKept() {
        var activity = activities.add(YEAR, var, details("II", null));
        assertThat(activity.getVersion()).isEqualTo(1);
        assertThat(activity.getOrigin()).isEqualTo(ActivityOrigin.MANUAL);
        assertThat(activity.getOriginProposalId()).isNull();
        assertThat(activity.getPlanId()).isEqualTo(fixture.plans.find(YEAR, var).getId());
        assertThat(activities.find(YEAR, var, activity.getId())).isSameAs(activity);
        assertThat(fixture.published).singleElement().isInstanceOf(ActivityPlanned.class);
        assertThat(fixture.store.entries).singleElement().satisfies(entry -> {
            assertThat(entry.aggregateType()).isEqualTo("Activity");
            assertThat(entry.aggregateId()).isEqualTo(activity.getId());
            assertThat(entry.aggregateVersion()).isEqualTo(1);
            assertThat(entry.action()).isEqualTo("created");
            assertThat(entry.changes()).contains(new FieldChange("titleEn", null, "Campaign"));
        });
    }

    @Test
    void anActivityOfAnotherOriginKeepsIt() {
        var proposal = UUID.randomUUID();
        var activity = activities.add(YEAR, var, details("II", null), ActivityOrigin.PROPOSAL, proposal);
        assertThat(activity.getOrigin()).isEqualTo(ActivityOrigin.PROPOSAL);
        assertThat(activity.getOriginProposalId()).isEqualTo(proposal);
    }

    @Test
    void anActivityIsFoundOnlyInItsOwnPlan() {
        var activity = fixture.added(var, null);
        var bgs = owner("BGS");
        refused(() -> activities.find(YEAR, bgs, activity.getId()), NOT_FOUND, "annualplanning.activity.notFound",
                activity.getId(), bgs, YEAR);
    }

    @Test
    void aLocalActivityServesANationalActivityOfTheSameYear() {
        var national = fixture.added(Party.NATIONAL, null);
        var local = activities.add(YEAR, var, details("II", national.getId()));
        assertThat(local.getServesActivityId()).isEqualTo(national.getId());
    }

    @Test
    void aNationalActivityServesNothing() {
        var national = fixture.added(Party.NATIONAL, null);
        refused(() -> activities.add(YEAR, Party.NATIONAL, details("II", national.getId())), RULE_VIOLATED,
                "annualplanning.activity.nationalServes");
    }

    @Test
    void aLocalActivityServesNeitherAnotherLocalOneNorAnUnknownOne() {
        var local = fixture.added(owner("BGS"), null);
        refused(() -> activities.add(YEAR, var, details("II", local.getId())), RULE_VIOLATED,
                "annualplanning.activity.unknownNationalActivity", local.getId(), YEAR);
        var unknown = UUID.randomUUID();
        refused(() -> activities.add(YEAR, var, details("II", unknown)), RULE_VIOLATED,
                "annualplanning.activity.unknownNationalActivity", unknown, YEAR);
        assertThat(fixture.activityRepository.countByPlanId(fixture.plans.find(YEAR, var).getId())).isZero();
    }

    @Test
    void aLocalActivityServesNoNationalActivityOfAnotherYear() {
        var national = fixture.added(Party.NATIONAL, null);
        fixture.cycles.draft(YEAR + 1, null, null);
        fixture.cycles.open(YEAR + 1, 1);
        var nextYear = new ActivityDetails("К", "C", null, "II", null, national.getId(), null, null, null, null, null,
                null, null, null);
        refused(() -> activities.add(YEAR + 1, var, nextYear), RULE_VIOLATED,
                "annualplanning.activity.unknownNationalActivity", national.getId(), YEAR + 1);
    }

    @Test
    void anActivityBelongsToASectionOfTheProgrammeAndToThePlansYear() {
        refused(() -> activities.add(YEAR, var, details("IX", null)), RULE_VIOLATED,
                "annualplanning.activity.unknownSection", "IX", YEAR);
        var lastYear = new ActivityDetails("К", "C", null, "II", null, null, null, null, null,
                LocalDate.of(YEAR - 1, 12, 1), null, null, null, null);
        refused(() -> activities.add(YEAR, var, lastYear), RULE_VIOLATED, "annualplanning.activity.outsideYear",
                LocalDate.of(YEAR - 1, 12, 1), YEAR);
        assertThat(fixture.activityRepository.count()).isZero();
    }

    @Test
    void activitiesChangeOnlyWhileThePlanIsADraftOrReturned() {
        var activity = fixture.added(var, null);
        fixture.plans.submit(YEAR, var, 1);
        refused(() -> activities.add(YEAR, var, details("II", null)), CONFLICT, "annualplanning.plan.notEditable", var,
                YEAR, PlanStatus.SUBMITTED);
        refused(() -> activities.revise(YEAR, var, activity.getId(), 1, details("III", null)), CONFLICT,
                "annualplanning.plan.notEditable", var, YEAR, PlanStatus.SUBMITTED);
        fixture.plans.returnWith(YEAR, var, 2, "More");
        assertThat(activities.revise(YEAR, var, activity.getId(), 1, details("III", null)).getSectionCode())
                .isEqualTo("III");
    }

    @Test
    void aRemovedActivityLeavesThePlanAndItsHistorySaysSo() {
        var activity = fixture.added(var, null);
        activities.remove(YEAR, var, activity.getId(), activity.getVersion());
        assertThat(fixture.activityRepository.findById(activity.getId())).isEmpty();
        assertThat(fixture.store.entries).last().satisfies(entry -> {
            assertThat(entry.aggregateId()).isEqualTo(activity.getId());
            assertThat(entry.aggregateVersion()).isEqualTo(2);
            assertThat(entry.action()).isEqualTo("removed");
            assertThat(entry.changes()).contains(new FieldChange("titleEn", "Campaign", null));
        });
    }

    @Test
    void anActivityIsRemovedOnlyAtItsVersionWhileThePlanIsEditableAndNothingRefersToIt() {
        var national = fixture.added(Party.NATIONAL, null);
        var serving = activities.add(YEAR, var, details("II", national.getId()));
        assertThatThrownBy(() -> activities.remove(YEAR, var, serving.getId(), serving.getVersion() + 1))
                .isInstanceOf(OptimisticLockingFailureException.class);
        refused(() -> activities.remove(YEAR, Party.NATIONAL, national.getId(), national.getVersion()), CONFLICT,
                "annualplanning.activity.referenced", national.getTitleEn());
        fixture.plans.submit(YEAR, var, 1);
        refused(() -> activities.remove(YEAR, var, serving.getId(), serving.getVersion()), CONFLICT,
                "annualplanning.plan.notEditable", var, YEAR, PlanStatus.SUBMITTED);
        assertThat(fixture.activityRepository.count()).isEqualTo(2);
    }

    @Test
    void activitiesChangeOnlyWhileTheCycleIsOpen() {
        fixture.added(var, null);
        fixture.cycles.close(fixture.cycles.find(YEAR), 0);
        refused(() -> activities.add(YEAR, var, details("II", null)), CONFLICT, "annualplanning.cycle.wrongStatus", YEAR,
                CycleStatus.CLOSED, CycleStatus.OPEN);
    }

    @Test
    void aRevisionIsSavedAnnouncedAndKeptFieldByField() {
        var activity = fixture.added(var, null);
        var revised = activities.revise(YEAR, var, activity.getId(), 1,
                ActivityTests.with(activity.details(), "Training", activity.getIndicators()));
        assertThat(revised.getVersion()).isEqualTo(2);
        assertThat(revised.getTitleEn()).isEqualTo("Training");
        assertThat(fixture.published).singleElement().isInstanceOfSatisfying(ActivityChanged.class,
                event -> assertThat(event.version()).isEqualTo(2));
        assertThat(fixture.store.entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("revised");
            assertThat(entry.aggregateVersion()).isEqualTo(2);
            assertThat(entry.changes()).containsExactly(new FieldChange("titleEn", "Campaign", "Training"));
        });
    }

    @Test
    void aRevisionThatChangesNothingIsNeitherSavedNorKept() {
        var activity = fixture.added(var, null);
        int saves = fixture.activityRepository.saves();
        var same = activities.revise(YEAR, var, activity.getId(), 1, activity.details());
        assertThat(same.getVersion()).isEqualTo(1);
        assertThat(fixture.activityRepository.saves()).isEqualTo(saves);
        assertThat(fixture.published).isEmpty();
        assertThat(fixture.store.entries).isEmpty();
    }

    @Test
    void aStaleRevisionIsRefused() {
        var activity = fixture.added(var, null);
        assertThatThrownBy(() -> activities.revise(YEAR, var, activity.getId(), 0, details("III", null)))
                .isInstanceOf(OptimisticLockingFailureException.class).hasMessageContaining("version 1, not 0");
        assertThat(activity.getSectionCode()).isEqualTo("II");
    }

    @Test
    void aRevisedActivityMayServeANationalOne() {
        var national = fixture.added(Party.NATIONAL, null);
        var activity = fixture.added(var, null);
        assertThat(activities.revise(YEAR, var, activity.getId(), 1, details("II", national.getId()))
                .getServesActivityId()).isEqualTo(national.getId());
        refused(() -> activities.revise(YEAR, var, activity.getId(), 2, details("II", activity.getId())), RULE_VIOLATED,
                "annualplanning.activity.unknownNationalActivity", activity.getId(), YEAR);
        assertThat(List.of(activity.getServesActivityId())).containsExactly(national.getId());
    }
}
