package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** The demo data: the 2021 cycle and its national plan at start-up, each local plan once its commission is known. */
@ApplicationModuleTest
@org.springframework.test.context.TestPropertySource(properties = "coordina.demo.enabled=true")
class DemoPlanningIntegrationTests {

    @Autowired
    DemoPlanning demo;

    @Autowired
    Plans plans;

    @Autowired
    PlanningCycles cycles;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoCycleIsOpenWithAnApprovedNationalPlanAndEachDemoCommissionGetsItsLocalPlanWhenItBecomesKnown(
            Scenario scenario) {
        assertThat(cycles.find(DemoPlanning.YEAR).getStatus()).isEqualTo(CycleStatus.OPEN);
        assertThat(plans.find(DemoPlanning.YEAR, Party.NATIONAL).getStatus()).isEqualTo(PlanStatus.APPROVED);
        assertThat(activities("national")).isEqualTo(9);

        scenario.publish(established("VAR"))
                .andWaitForStateChange(() -> activities("VAR"), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(3 + 2 % 4));
        scenario.publish(established("PDV"))
                .andWaitForStateChange(() -> activities("PDV"), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(3 + 7 % 4));

        assertThat(plans.find(DemoPlanning.YEAR, new Party("VAR")).getStatus()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plans.find(DemoPlanning.YEAR, new Party("PDV")).getStatus()).isEqualTo(PlanStatus.RETURNED);
        // VAR is third in the list: its second quarter was left submitted.
        assertThat(reportStatuses("VAR")).containsExactly("ACCEPTED", "SUBMITTED", "DRAFT", "DRAFT");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM annualplanning.activity l JOIN annualplanning.activity n ON n.id = l.serves_activity_id
                WHERE l.owner = 'VAR' AND l.cycle_year = 2021 AND n.owner = 'national'""").query(Integer.class).single())
                .isEqualTo(4);
    }

    @Test
    void theApprovedDemoPlansHaveReportsForTheFirstThreeQuartersInEveryState() {
        assertThat(reportStatuses("national")).containsExactly("ACCEPTED", "SUBMITTED", "DRAFT", "DRAFT");
        assertThat(jdbc.sql("SELECT count(*) FROM annualplanning.quarterly_report WHERE cycle_year = 2021 AND owner = 'national'"
                + " AND quarter = 3 AND overdue_notified_at IS NOT NULL").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM annualplanning.activity_progress WHERE cycle_year = 2021 AND owner = 'national'"
                + " AND quarter = 3").query(Integer.class).single()).isEqualTo(9);
    }

    @Test
    void theDemoIndicatorsNamesLeaveTheUnitToTheUnitSoThatItShowsOnce() {
        var labels = jdbc.sql("""
                SELECT i.name_bg || ' (' || i.unit || ')' FROM annualplanning.indicator i
                JOIN annualplanning.activity a ON a.id = i.activity_id WHERE a.cycle_year = 2021""")
                .query(String.class).list();
        var units = jdbc.sql("""
                SELECT DISTINCT i.unit FROM annualplanning.indicator i
                JOIN annualplanning.activity a ON a.id = i.activity_id WHERE a.cycle_year = 2021""")
                .query(String.class).list();

        assertThat(labels).isNotEmpty();
        for (String unit : units) {
            assertThat(labels).noneMatch(label -> label.indexOf(unit) != label.lastIndexOf(unit));
        }
        assertThat(jdbc.sql("""
                SELECT count(*) FROM annualplanning.indicator i JOIN annualplanning.activity a ON a.id = i.activity_id
                WHERE a.cycle_year = 2021 AND (position(i.unit IN i.name_bg) > 0 OR position(i.unit IN i.name_en) > 0)""")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void seedingAgainCreatesNothing() {
        int before = activities("national");

        assertThat(demo.seedCycle()).isFalse();
        demo.seedLocalPlan(new CommissionCode("VAR"));

        assertThat(activities("national")).isEqualTo(before);
    }

    private java.util.List<String> reportStatuses(String owner) {
        return jdbc.sql("SELECT status FROM annualplanning.quarterly_report WHERE cycle_year = 2021 AND owner = ? ORDER BY quarter")
                .param(owner).query(String.class).list();
    }

    private int activities(String owner) {
        return jdbc.sql("SELECT count(*) FROM annualplanning.activity WHERE cycle_year = 2021 AND owner = ?")
                .param(owner).query(Integer.class).single();
    }

    private static CommissionEstablished established(String code) {
        return new CommissionEstablished(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), 1, new CommissionCode(code),
                "МКБТХ " + code, "LCCTHB " + code, code, code, LocalDate.of(2006, 3, 1), CommissionStatus.ACTIVE);
    }
}
