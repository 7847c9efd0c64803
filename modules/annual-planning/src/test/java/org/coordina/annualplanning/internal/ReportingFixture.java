package org.coordina.annualplanning.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/**
 * Sets up approved plans through the services for the reporting tests: a commission made known by its
 * event, an open cycle, activities with indicators, a plan submitted and approved.
 */
public class ReportingFixture {

    private final PlanningCycles cycles;

    private final ActivityPlanning activities;

    private final Plans plans;

    private final JdbcClient jdbc;

    private final Contributions contributions;

    public ReportingFixture(ApplicationContext context) {
        this.contributions = context.getBean(Contributions.class);
        this.cycles = context.getBean(PlanningCycles.class);
        this.activities = context.getBean(ActivityPlanning.class);
        this.plans = context.getBean(Plans.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** Makes the commission known to annual planning, as regional-commissions' event does. */
    public void establish(Scenario scenario, String code) {
        scenario.publish(new CommissionEstablished(UUID.randomUUID(), Instant.parse("2049-01-01T00:00:00Z"),
                UUID.randomUUID(), 1, new CommissionCode(code), "МКБТХ " + code, "LCCTHB " + code, "Town",
                "Province", LocalDate.of(2010, 1, 1), CommissionStatus.ACTIVE))
                .andWaitForStateChange(() -> jdbc.sql("SELECT count(*) FROM annualplanning.known_commission WHERE code = ?")
                        .param(code).query(Integer.class).single() > 0)
                .andVerify(known -> {
                });
    }

    /** Drafts and opens the cycle of this year with the default programme and deadlines (reports due 15 days after). */
    public void openCycle(int year) {
        var cycle = cycles.draft(year, null, null);
        cycles.open(year, cycle.getVersion());
    }

    public Activity add(int year, Party owner, String title, Indicator... indicators) {
        return activities.add(year, owner, new ActivityDetails(title + " (bg)", title, "Described", "II", null, null,
                List.of("Commission"), List.of(), null, LocalDate.of(year, 1, 15), LocalDate.of(year, 12, 15),
                List.of(1, 2, 3, 4), "Outcomes", List.of(indicators)));
    }

    /** Submits and approves the owner's plan. */
    public Plan approve(int year, Party owner) {
        var plan = plans.find(year, owner);
        var submitted = plans.submit(year, owner, plan.getVersion());
        return plans.approve(year, owner, submitted.getVersion());
    }

    /** Reopens the owner's approved plan as the national admin would, with this reason. */
    public Plan reopen(int year, Party owner, String reason) {
        return plans.reopen(year, owner, plans.find(year, owner).getVersion(), reason);
    }

    /** Records what another module contributed to the activity on that day. */
    public void contribute(UUID activityId, LocalDate occurredOn, int peopleReached) {
        contributions.record(UUID.randomUUID(), activityId, "victim-support", UUID.randomUUID(), occurredOn,
                peopleReached, "Support sessions");
    }

    public static Indicator indicator(String name, IndicatorKind kind, String target) {
        return new Indicator(null, name + " (bg)", name, "count", BigDecimal.ZERO, new BigDecimal(target), kind);
    }
}
