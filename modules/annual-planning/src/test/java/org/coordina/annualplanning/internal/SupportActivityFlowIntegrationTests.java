package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.victimsupport.events.ProtectedFigure;
import org.coordina.victimsupport.events.SupportActivityKind;
import org.coordina.victimsupport.events.SupportActivityReported;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * A support activity reported by victim support becomes a contribution to the annual-planning activity it
 * names, once per event, in the quarter its period ends, with the number of people only as published
 * (none when suppressed); one that names no activity contributes nothing.
 */
@ApplicationModuleTest
class SupportActivityFlowIntegrationTests {

    private static final int YEAR = 2097;

    private static final String CODE = "SAF";

    @Autowired
    ApplicationContext context;

    @Autowired
    Contributions contributions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReportedSupportActivityContributesOnceToTheActivityItServedWithItsPeopleOnlyWhenPublished(
            Scenario scenario) {
        var fixture = new ReportingFixture(context);
        fixture.establish(scenario, CODE);
        fixture.openCycle(YEAR);
        var activity = fixture.add(YEAR, new Party(CODE), "Support of victims");

        var suppressed = reported(activity.getId(), LocalDate.of(YEAR, 2, 28), ProtectedFigure.hidden());
        scenario.publish(suppressed).andWaitForStateChange(() -> rows(activity.getId()), list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).containsExactly(List.of("1", "null", "CRISIS_INTERVENTION: Night shifts")));

        var published = reported(activity.getId(), LocalDate.of(YEAR, 8, 31), ProtectedFigure.of(7));
        scenario.publish(published).andWaitForStateChange(() -> rows(activity.getId()), list -> list.size() == 2)
                .andVerify(list -> assertThat(list).contains(List.of("3", "7", "CRISIS_INTERVENTION: Night shifts")));

        // A redelivery adds nothing; an activity that serves no planning activity contributes nothing.
        new SupportActivityListener(contributions).on(published);
        new SupportActivityListener(contributions).on(reported(null, LocalDate.of(YEAR, 8, 31), ProtectedFigure.of(9)));
        assertThat(rows(activity.getId())).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM annualplanning.contribution WHERE people_reached = 9")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT DISTINCT source FROM annualplanning.contribution WHERE activity_id = ?")
                .param(activity.getId()).query(String.class).list()).containsExactly("victim-support");
    }

    private static SupportActivityReported reported(UUID planningActivityId, LocalDate periodTo, ProtectedFigure people) {
        return new SupportActivityReported(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), 2,
                new CommissionCode(CODE), SupportActivityKind.CRISIS_INTERVENTION, periodTo.withDayOfMonth(1), periodTo,
                null, people, "Night shifts", planningActivityId);
    }

    private List<List<String>> rows(UUID activityId) {
        return new ArrayList<>(jdbc.sql("SELECT quarter, people_reached, summary FROM annualplanning.contribution"
                + " WHERE activity_id = ? ORDER BY quarter").param(activityId)
                .query((rs, n) -> List.of(rs.getString(1), String.valueOf(rs.getObject(2)), rs.getString(3))).list());
    }
}
