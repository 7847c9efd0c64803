package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.internationalcooperation.events.CooperationActivityKind;
import org.coordina.internationalcooperation.events.CooperationActivityRecorded;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * A cooperation activity recorded for an annual-planning activity counts as a contribution to it, once however often
 * the event arrives; one that names no activity contributes nothing.
 */
@ApplicationModuleTest
class CooperationActivityFlowIntegrationTests {

    private static final int YEAR = 2096;

    @Autowired
    ApplicationContext context;

    @Autowired
    Contributions contributions;

    @Autowired
    JdbcClient jdbc;

    ReportingFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ReportingFixture(context);
    }

    private static CooperationActivityRecorded recorded(UUID planningActivity, LocalDate startsOn) {
        return new CooperationActivityRecorded(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), 1,
                CooperationActivityKind.JOINT_CAMPAIGN, "Кампания", "Joint campaign", startsOn, startsOn.plusDays(3),
                List.of(new CommissionCode("CAF")), List.of(UUID.randomUUID()), planningActivity, 40, null, List.of());
    }

    private List<List<Object>> contributionsOf(UUID activity) {
        return jdbc.sql("SELECT source, source_id, quarter, people_reached, summary FROM annualplanning.contribution"
                + " WHERE activity_id = ?").param(activity)
                .query((row, n) -> List.<Object>of(row.getString(1), row.getObject(2, UUID.class), row.getInt(3),
                        row.getInt(4), row.getString(5)))
                .list();
    }

    @Test
    void aRecordedCooperationActivityCountsOnceForTheActivityItNames(Scenario scenario) {
        fixture.establish(scenario, "CAF");
        fixture.openCycle(YEAR);
        var activity = fixture.add(YEAR, Party.of(new CommissionCode("CAF")), "Campaign");
        var event = recorded(activity.getId(), LocalDate.of(YEAR, 10, 18));

        scenario.publish(event)
                .andWaitForStateChange(() -> contributionsOf(activity.getId()), list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).singleElement().isEqualTo(
                        List.of("international-cooperation", event.activityId(), 4, 40, "Joint campaign")));

        // A redelivery adds nothing; an activity that names no planning activity contributes nothing.
        new CooperationActivityListener(contributions).on(event);
        new CooperationActivityListener(contributions).on(recorded(null, LocalDate.of(YEAR, 10, 18)));
        assertThat(contributionsOf(activity.getId())).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM annualplanning.contribution WHERE source = 'international-cooperation'")
                .query(Long.class).single()).isEqualTo(1);
    }
}
