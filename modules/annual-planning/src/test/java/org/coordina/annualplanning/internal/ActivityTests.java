package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coordina.annualplanning.internal.ServiceFixture.NOW;
import static org.coordina.annualplanning.internal.ServiceFixture.details;
import static org.coordina.annualplanning.internal.ServiceFixture.eventsOf;
import static org.coordina.annualplanning.internal.ServiceFixture.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityChanged;
import org.coordina.annualplanning.events.ActivityOrigin;
import org.coordina.annualplanning.events.ActivityPlanned;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.junit.jupiter.api.Test;

class ActivityTests {

    static final Plan PLAN = Plan.draft(2030, PlanTests.VAR);

    static Activity planned() {
        var activity = Activity.plan(PLAN, details("II", null), ActivityOrigin.MANUAL, null, NOW);
        PlanTests.ReflectionClear.events(activity);
        return activity;
    }

    static ActivityDetails with(ActivityDetails details, String titleEn, List<Indicator> indicators) {
        return new ActivityDetails(details.titleBg(), titleEn, details.description(), details.sectionCode(),
                details.objectiveCode(), details.servesActivityId(), details.responsible(), details.partners(),
                details.financing(), details.startsOn(), details.deadline(), details.plannedQuarters(),
                details.expectedOutcomes(), indicators);
    }

    @Test
    void aPlannedActivityRepeatsItsPlansYearAndOwnerAndAnnouncesItself() {
        var serves = UUID.randomUUID();
        var proposal = UUID.randomUUID();
        var given = details("IV", serves);
        var activity = Activity.plan(PLAN, given, ActivityOrigin.PROPOSAL, proposal, NOW);
        assertThat(activity.getId()).isNotNull();
        assertThat(activity.getPlanId()).isEqualTo(PLAN.getId());
        assertThat(activity.getCycleYear()).isEqualTo(2030);
        assertThat(activity.getOwner()).isEqualTo(PlanTests.VAR);
        assertThat(activity.getOrigin()).isEqualTo(ActivityOrigin.PROPOSAL);
        assertThat(activity.getOriginProposalId()).isEqualTo(proposal);
        assertThat(activity.getVersion()).isZero();
        assertThat(activity.getTitleBg()).isEqualTo("Кампания");
        assertThat(activity.getTitleEn()).isEqualTo("Campaign");
        assertThat(activity.getDescription()).isEqualTo("Around 18 October");
        assertThat(activity.getSectionCode()).isEqualTo("IV");
        assertThat(activity.getObjectiveCode()).isNull();
        assertThat(activity.getServesActivityId()).isEqualTo(serves);
        assertThat(activity.getResponsible()).containsExactly("Municipality");
        assertThat(activity.getPartners()).containsExactly("NGO");
        assertThat(activity.getFinancing()).isEqualTo(new Financing("State budget", new BigDecimal("1000.00"), "BGN"));
        assertThat(activity.getStartsOn()).isEqualTo(LocalDate.of(2030, 4, 1));
        assertThat(activity.getDeadline()).isEqualTo(LocalDate.of(2030, 10, 31));
        assertThat(activity.getPlannedQuarters()).containsExactly(2, 4);
        assertThat(activity.getExpectedOutcomes()).isEqualTo("Awareness");
        assertThat(activity.getIndicators()).singleElement().satisfies(indicator -> {
            assertThat(indicator.id()).isNotNull();
            assertThat(indicator.nameEn()).isEqualTo("Participants");
            assertThat(indicator.target()).isEqualByComparingTo("100");
        });
        assertThat(eventsOf(activity)).singleElement().isInstanceOfSatisfying(ActivityPlanned.class, event -> {
            assertThat(event.eventId()).isNotNull();
            assertThat(event.occurredAt()).isEqualTo(NOW);
            assertThat(event.activityId()).isEqualTo(activity.getId());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.planId()).isEqualTo(PLAN.getId());
            assertThat(event.year()).isEqualTo(2030);
            assertThat(event.owner()).isEqualTo(PlanTests.VAR);
            assertThat(event.sectionCode()).isEqualTo("IV");
            assertThat(event.titleBg()).isEqualTo("Кампания");
            assertThat(event.titleEn()).isEqualTo("Campaign");
            assertThat(event.servesActivityId()).isEqualTo(serves);
            assertThat(event.origin()).isEqualTo(ActivityOrigin.PROPOSAL);
            assertThat(event.proposalId()).isEqualTo(proposal);
        });
    }

    @Test
    void theSameDetailsChangeNothing() {
        var activity = planned();
        assertThat(activity.revise(activity.details(), Set.of(), NOW)).isFalse();
        assertThat(eventsOf(activity)).isEmpty();
    }

    @Test
    void aRevisionReplacesTheDetailsAndAnnouncesTheNewVersion() {
        var activity = planned();
        var serves = UUID.randomUUID();
        var changed = new ActivityDetails("Обучение", "Training", null, "III", "III.1", serves, List.of("Police"),
                List.of(), null, null, null, List.of(3), null, activity.getIndicators());
        assertThat(activity.revise(changed, Set.of(), NOW.plusSeconds(1))).isTrue();
        assertThat(activity.details()).isEqualTo(changed);
        assertThat(activity.getObjectiveCode()).isEqualTo("III.1");
        assertThat(activity.getFinancing()).isNull();
        assertThat(eventsOf(activity)).singleElement().isInstanceOfSatisfying(ActivityChanged.class, event -> {
            assertThat(event.eventId()).isNotNull();
            assertThat(event.occurredAt()).isEqualTo(NOW.plusSeconds(1));
            assertThat(event.activityId()).isEqualTo(activity.getId());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.planId()).isEqualTo(PLAN.getId());
            assertThat(event.year()).isEqualTo(2030);
            assertThat(event.owner()).isEqualTo(PlanTests.VAR);
            assertThat(event.sectionCode()).isEqualTo("III");
            assertThat(event.titleBg()).isEqualTo("Обучение");
            assertThat(event.titleEn()).isEqualTo("Training");
            assertThat(event.servesActivityId()).isEqualTo(serves);
        });
    }

    @Test
    void indicatorsKeepTheirIdsWhenNamedAndOthersGetNewOnes() {
        var activity = planned();
        var kept = activity.getIndicators().get(0).id();
        var foreign = UUID.randomUUID();
        assertThat(activity.revise(with(activity.details(), "Campaign", List.of(indicator(kept, "150"),
                indicator(null, "5"), indicator(foreign, "7"))), Set.of(kept), NOW)).isTrue();
        var indicators = activity.getIndicators();
        assertThat(indicators).hasSize(3);
        assertThat(indicators.get(0).id()).isEqualTo(kept);
        assertThat(indicators.get(0).target()).isEqualByComparingTo("150");
        assertThat(indicators.get(1).id()).isNotNull().isNotEqualTo(kept);
        assertThat(indicators.get(2).id()).isNotNull().isNotEqualTo(foreign);
        assertThat(indicators.get(2).target()).isEqualByComparingTo("7");
        assertThat(indicators.get(2).nameBg()).isEqualTo("Участници");
        assertThat(indicators.get(2).unit()).isEqualTo("people");
        assertThat(indicators.get(2).baseline()).isEqualByComparingTo("0");
        assertThat(indicators.get(2).kind()).isEqualTo(IndicatorKind.INCREMENTAL);
    }

    @Test
    void aNewIndicatorIsAChangeEvenWithTheSameValues() {
        var activity = planned();
        assertThat(activity.revise(with(activity.details(), "Campaign", List.of(indicator(null, "100"))), Set.of(), NOW)).isTrue();
    }

    @Test
    void anIndicatorWithReportedValuesCannotBeLeftOutAndNothingChanges() {
        var activity = planned();
        var reported = activity.getIndicators().get(0).id();
        var before = activity.details();
        ServiceFixture.refused(() -> activity.revise(with(before, "Renamed", List.of(indicator(null, "5"))),
                Set.of(UUID.randomUUID(), reported), NOW), DomainProblem.Kind.CONFLICT,
                "annualplanning.activity.indicatorReported", "Participants");
        assertThat(activity.details()).isEqualTo(before);
        assertThat(eventsOf(activity)).isEmpty();
    }

    @Test
    void anIndicatorWithReportedValuesMayChangeItsTargetAndAnIndicatorWithoutMayGo() {
        var activity = planned();
        var reported = activity.getIndicators().get(0).id();
        assertThat(activity.revise(with(activity.details(), "Campaign", List.of(indicator(reported, "150"),
                indicator(null, "5"))), Set.of(reported), NOW)).isTrue();
        assertThat(activity.getIndicators().get(0).target()).isEqualByComparingTo("150");
        assertThat(activity.revise(with(activity.details(), "Campaign", List.of(indicator(reported, "150"))),
                Set.of(reported), NOW)).isTrue();
        assertThat(activity.getIndicators()).extracting(Indicator::id).containsExactly(reported);
    }

    @Test
    void theSnapshotHoldsEveryPlannedField() {
        var activity = planned();
        assertThat(activity.snapshot()).containsOnlyKeys("titleBg", "titleEn", "description", "sectionCode",
                "objectiveCode", "servesActivityId", "responsible", "partners", "financing", "startsOn", "deadline",
                "plannedQuarters", "expectedOutcomes", "indicators");
        assertThat(activity.snapshot()).containsEntry("titleEn", "Campaign").containsEntry("sectionCode", "II")
                .containsEntry("plannedQuarters", List.of(2, 4)).containsEntry("description", "Around 18 October")
                .containsEntry("responsible", List.of("Municipality")).containsEntry("partners", List.of("NGO"))
                .containsEntry("startsOn", LocalDate.of(2030, 4, 1)).containsEntry("deadline", LocalDate.of(2030, 10, 31))
                .containsEntry("expectedOutcomes", "Awareness").containsEntry("titleBg", "Кампания")
                .containsEntry("indicators", activity.getIndicators()).containsEntry("financing", activity.getFinancing());
    }

    @Test
    void itsListsAreReadAsCopies() {
        var activity = planned();
        assertThatThrownBy(() -> activity.getResponsible().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> activity.getPartners().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> activity.getPlannedQuarters().add(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> activity.getIndicators().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
