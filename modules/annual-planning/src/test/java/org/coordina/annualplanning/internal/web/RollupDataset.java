package org.coordina.annualplanning.internal.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coordina.annualplanning.internal.Activity;
import org.coordina.annualplanning.internal.ActivityDetails;
import org.coordina.annualplanning.internal.ActivityPlanning;
import org.coordina.annualplanning.internal.FiguresFixture;
import org.coordina.annualplanning.internal.Financing;
import org.coordina.annualplanning.internal.Indicator;
import org.coordina.annualplanning.internal.IndicatorKind;
import org.coordina.annualplanning.internal.PlanningCycles;
import org.coordina.annualplanning.internal.Plans;
import org.coordina.sharedkernel.domain.Party;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hand-computed data set of the roll-up tests: a cycle with the national plan and two commissions'
 * plans, all approved, with reports as of {@link #TODAY} (Q1 due on 15 April is past, Q2 due on 15 July
 * is not):
 *
 * <pre>
 * owner     activity (section)  progress Q1 / Q2              indicators (kind, target: values Q1, Q2)
 * national  N1 (II)             IN_PROGRESS / COMPLETED       nI1 INCREMENTAL 100: 30, 80 → 110, reached, 1.1
 *           N2 (III)            —  (NOT_STARTED)
 * A         A1 (II, serves N1)  IN_PROGRESS / IN_PROGRESS     aI1 INCREMENTAL 50: 20, 10 → 30, 0.6
 *                                                             aI2 CUMULATIVE 10: 4, 7 → 7, 0.7
 *           A2 (IV)             POSTPONED / —
 *           A3 (II)             IN_PROGRESS / CANCELLED
 * B         B1 (III)            IN_PROGRESS / IN_PROGRESS     bI1 CUMULATIVE 20: 25, 15 → 15, 0.75
 *           B2 (II)             COMPLETED / —                 bI2 INCREMENTAL 40: 40 → 40, reached, 1.0
 *
 * reports   Q1                  Q2
 * national  ACCEPTED            SUBMITTED
 * A         ACCEPTED            DRAFT
 * B         DRAFT (→ OVERDUE)   RETURNED        Q3, Q4: MISSING everywhere
 * </pre>
 */
final class RollupDataset {

    /** The fixed day of these tests. */
    static final LocalDate TODAY = LocalDate.of(2061, 7, 10);

    final int year;

    final String a;

    final String b;

    final Map<String, Activity> activities = new java.util.HashMap<>();

    private final PlanningCycles cycles;

    private final Plans plans;

    private final ActivityPlanning planning;

    private final JdbcClient jdbc;

    RollupDataset(int year, String a, String b, PlanningCycles cycles, Plans plans, ActivityPlanning planning,
            JdbcClient jdbc) {
        this.year = year;
        this.a = a;
        this.b = b;
        this.cycles = cycles;
        this.plans = plans;
        this.planning = planning;
        this.jdbc = jdbc;
    }

    /** The fixed clock of these tests. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        }
    }

    RollupDataset create() {
        for (String code : List.of(a, b)) {
            jdbc.sql("""
                    INSERT INTO annualplanning.known_commission (id, code, name_bg, name_en, status, source_version, projected_at)
                    VALUES (:id, :code, :bg, :en, 'ACTIVE', 1, now())
                    """).param("id", UUID.randomUUID()).param("code", code).param("bg", "МКБТХ Тест " + code)
                    .param("en", "LCCTHB Test " + code).update();
        }
        var cycle = cycles.draft(year, null, null);
        cycles.open(year, cycle.getVersion());
        // Other tests' commissions get plans too; this data set keeps only its own three.
        jdbc.sql("DELETE FROM annualplanning.plan WHERE cycle_year = :year AND owner NOT IN ('national', :a, :b)")
                .param("year", year).param("a", a).param("b", b).update();
        add(Party.NATIONAL, "N1", "II", null, indicator("nI1", "100", IndicatorKind.INCREMENTAL));
        add(Party.NATIONAL, "N2", "III", null);
        var national = activities.get("N1").getId();
        add(new Party(a), "A1", "II", national, indicator("aI1", "50", IndicatorKind.INCREMENTAL),
                indicator("aI2", "10", IndicatorKind.CUMULATIVE));
        add(new Party(a), "A2", "IV", null);
        add(new Party(a), "A3", "II", null);
        add(new Party(b), "B1", "III", null, indicator("bI1", "20", IndicatorKind.CUMULATIVE));
        add(new Party(b), "B2", "II", null, indicator("bI2", "40", IndicatorKind.INCREMENTAL));
        for (String owner : List.of(Party.NATIONAL_VALUE, a, b)) {
            var plan = plans.find(year, new Party(owner));
            var submitted = plans.submit(year, plan.getOwner(), plan.getVersion());
            var approved = plans.approve(year, plan.getOwner(), submitted.getVersion());
            // Approval opens the four reports; the data set states each report itself, and leaves some missing.
            jdbc.sql("DELETE FROM annualplanning.quarterly_report WHERE plan_id = ?").param(approved.getId()).update();
        }
        report(Party.NATIONAL_VALUE, 1, "ACCEPTED");
        report(Party.NATIONAL_VALUE, 2, "SUBMITTED");
        report(a, 1, "ACCEPTED");
        report(a, 2, "DRAFT");
        report(b, 1, "DRAFT");
        report(b, 2, "RETURNED");
        progress("N1", 1, "IN_PROGRESS", 120, "nI1", "30");
        progress("N1", 2, "COMPLETED", 200, "nI1", "80");
        progress("A1", 1, "IN_PROGRESS", 15, "aI1", "20", "aI2", "4");
        progress("A1", 2, "IN_PROGRESS", 25, "aI1", "10", "aI2", "7");
        progress("A2", 1, "POSTPONED", null);
        progress("A3", 1, "IN_PROGRESS", 5);
        progress("A3", 2, "CANCELLED", null);
        progress("B1", 1, "IN_PROGRESS", 10, "bI1", "25");
        progress("B1", 2, "IN_PROGRESS", 12, "bI1", "15");
        progress("B2", 1, "COMPLETED", 40, "bI2", "40");
        // The rows above are written around the application, so their roll-up figures are refreshed as its
        // writes refresh them (ActivityFiguresIntegrationTests checks that the writes do).
        activities.values().forEach(activity -> FiguresFixture.refresh(jdbc, activity.getId()));
        return this;
    }

    UUID indicatorId(String activity, String name) {
        return activities.get(activity).getIndicators().stream().filter(indicator -> indicator.nameEn().equals(name))
                .findFirst().orElseThrow().id();
    }

    private void add(Party owner, String title, String section, UUID serves, Indicator... indicators) {
        var details = new ActivityDetails("Дейност " + title + ", „кампания“", "Activity " + title, null, section, null,
                serves, List.of("Община", "Полиция"), List.of("НПО \"Надежда\""),
                new Financing("Държавен бюджет", new BigDecimal("1500.50"), "BGN"), LocalDate.of(year, 2, 1),
                LocalDate.of(year, 11, 30), List.of(1, 2), null, List.of(indicators));
        activities.put(title, planning.add(year, owner, details));
    }

    private static Indicator indicator(String name, String target, IndicatorKind kind) {
        return new Indicator(null, "Индикатор " + name, name, "бр.", BigDecimal.ZERO, new BigDecimal(target), kind);
    }

    private void report(String owner, int quarter, String status) {
        var plan = plans.find(year, new Party(owner));
        var due = LocalDate.of(year, quarter * 3, 1).plusMonths(1).withDayOfMonth(15);
        jdbc.sql("""
                INSERT INTO annualplanning.quarterly_report (id, plan_id, cycle_year, owner, quarter, status, due_on,
                  version, created_by, created_at, last_modified_by, last_modified_at)
                VALUES (:id, :plan, :year, :owner, :quarter, :status, :due, 1, 'test', now(), 'test', now())
                ON CONFLICT (plan_id, quarter) DO UPDATE SET status = EXCLUDED.status, due_on = EXCLUDED.due_on
                """).param("id", UUID.randomUUID()).param("plan", plan.getId()).param("year", year)
                .param("owner", owner).param("quarter", quarter).param("status", status).param("due", due).update();
    }

    /** A progress entry with the given indicator values (pairs of indicator name and value). */
    private void progress(String title, int quarter, String status, Integer peopleReached, String... values) {
        var activity = activities.get(title);
        var id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO annualplanning.activity_progress (id, report_id, activity_id, cycle_year, owner, quarter, status,
                  narrative, people_reached, evidence, version, created_by, created_at, last_modified_by, last_modified_at)
                SELECT :id, r.id, :activity, r.cycle_year, r.owner, r.quarter, :status, :narrative, :people, '{}', 1,
                  'test', now(), 'test', now()
                FROM annualplanning.quarterly_report r
                WHERE r.cycle_year = :year AND r.owner = :owner AND r.quarter = :quarter
                """).param("id", id).param("activity", activity.getId()).param("status", status)
                .param("narrative", "Напредък по " + title + ", Q" + quarter).param("people", peopleReached)
                .param("year", year).param("owner", activity.getOwner().value()).param("quarter", quarter).update();
        for (int index = 0; index < values.length; index += 2) {
            jdbc.sql("INSERT INTO annualplanning.indicator_value (activity_progress_id, indicator_id, value) VALUES (:p, :i, :v)")
                    .param("p", id).param("i", indicatorId(title, values[index]))
                    .param("v", new BigDecimal(values[index + 1])).update();
        }
    }
}
