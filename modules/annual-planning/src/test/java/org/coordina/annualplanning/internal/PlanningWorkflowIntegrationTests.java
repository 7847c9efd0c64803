package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.coordina.annualplanning.events.PlanApproved;
import org.coordina.annualplanning.events.PlanningCycleOpened;
import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** A cycle from draft to approved plans through the services, against the embedded PostgreSQL. */
@ApplicationModuleTest
class PlanningWorkflowIntegrationTests {

    private static final AtomicInteger YEARS = new AtomicInteger(2040);

    @Autowired
    PlanningCycles cycles;

    @Autowired
    Plans plans;

    @Autowired
    ActivityPlanning activities;

    @Autowired
    PlanningHistory history;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOpenedCycleHasANationalPlanAndOneForEveryActiveCommissionKnownFromEvents(Scenario scenario) {
        var code = new CommissionCode("QWE");
        scenario.publish(new CommissionEstablished(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), 1, code,
                "МКБТХ Тест", "LCCTHB Test", "Test", "Test Province", LocalDate.of(2010, 1, 1), CommissionStatus.ACTIVE))
                .andWaitForStateChange(() -> known(code), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(1));
        int year = YEARS.getAndIncrement();
        var cycle = cycles.draft(year, null, null);
        assertThat(cycle.getSections()).hasSize(7);
        scenario.stimulate(() -> cycles.open(year, cycle.getVersion()))
                .andWaitForEventOfType(PlanningCycleOpened.class)
                .matching(event -> event.year() == year)
                .toArriveAndVerify(event -> assertThat(event.sectionCodes()).hasSize(7));
        assertThat(plans.find(year, Party.NATIONAL).getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plans.find(year, Party.of(code)).getStatus()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aLocalPlanIsSubmittedReturnedResubmittedAndApproved(Scenario scenario) {
        int year = YEARS.getAndIncrement();
        var cycle = cycles.draft(year, null, null);
        cycles.open(year, cycle.getVersion());
        var national = activities.add(year, Party.NATIONAL, details(null, year));
        var plan = plans.find(year, Party.NATIONAL);
        var activity = activities.add(year, Party.NATIONAL, details(null, year));
        assertThat(activity.getIndicators()).hasSize(1).allSatisfy(indicator -> assertThat(indicator.id()).isNotNull());
        assertThat(activities.find(year, Party.NATIONAL, activity.getId()).getPlannedQuarters()).containsExactly(2, 4);
        var submitted = plans.submit(year, Party.NATIONAL, plan.getVersion());
        var returned = plans.returnWith(year, Party.NATIONAL, submitted.getVersion(), "Add indicators");
        assertThat(returned.getReturnReasons()).isEqualTo("Add indicators");
        var again = plans.submit(year, Party.NATIONAL, returned.getVersion());
        scenario.stimulate(() -> plans.approve(year, Party.NATIONAL, again.getVersion()))
                .andWaitForEventOfType(PlanApproved.class)
                .matching(event -> event.year() == year)
                .toArriveAndVerify(event -> assertThat(event.activityCount()).isEqualTo(2));
        assertThatThrownBy(() -> activities.add(year, Party.NATIONAL, details(null, year)))
                .isInstanceOf(DomainProblem.class);
        assertThat(history.of(List.of(plan.getId(), national.getId()))).extracting("action")
                .containsExactly("created", "created", "submitted", "returned", "submitted", "approved");
    }

    /** How many commissions with this code the module's projection knows. */
    private int known(CommissionCode code) {
        return jdbc.sql("SELECT count(*) FROM annualplanning.known_commission WHERE code = ?").param(code.value())
                .query(Integer.class).single();
    }

    private static ActivityDetails details(UUID serves, int year) {
        return new ActivityDetails("Кампания", "Campaign", "Around 18 October", "II", null, serves,
                List.of("National commission"), List.of("NGO"), new Financing("State budget", new BigDecimal("1000.00"), "BGN"),
                LocalDate.of(year, 4, 1), LocalDate.of(year, 10, 31), List.of(4, 2),
                "Awareness", List.of(new Indicator(null, "Участници", "Participants", "people", BigDecimal.ZERO,
                        new BigDecimal("100"), IndicatorKind.INCREMENTAL)));
    }
}
