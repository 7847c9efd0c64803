package org.coordina.victimsupport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.victimsupport.events.ProtectedFigure;
import org.coordina.victimsupport.events.ProtectedStatistics;
import org.coordina.victimsupport.events.ServiceStatus;
import org.coordina.victimsupport.events.ServiceType;
import org.coordina.victimsupport.events.SupportActivityKind;
import org.coordina.victimsupport.events.SupportActivityReported;
import org.coordina.victimsupport.events.SupportServiceChanged;
import org.coordina.victimsupport.events.SupportServiceRegistered;
import org.coordina.victimsupport.events.TargetGroup;
import org.coordina.victimsupport.events.VictimStatisticsAccepted;
import org.coordina.victimsupport.events.VictimStatisticsSubmitted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The module against the embedded PostgreSQL: the projection of the commissions, the events of services,
 * activities and statistics (never a count from 1 to k−1), corrections in the history, and the demo data.
 */
@ApplicationModuleTest
@TestPropertySource(properties = "coordina.demo.enabled=true")
class VictimSupportIntegrationTests {

    private static final int K = 5;

    @Autowired
    SupportServices services;

    @Autowired
    SupportActivities activities;

    @Autowired
    StatisticsSubmissions statistics;

    @Autowired
    StatisticsTablesQuery tables;

    @Autowired
    DemoVictimSupport demo;

    @Autowired
    PublishedStatistics published;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eventsCarryOnlyProtectedCountsAndCorrectionsAreKeptWithTheirReason(Scenario scenario, PublishedEvents events) {
        var code = establish(scenario, "VEV");
        var service = services.register(new ServiceDetails("Приют", "Shelter VEV", ServiceType.SHELTER, TargetGroup.WOMEN,
                "Sofia", "Demo NGO", 6, LocalDate.of(2020, 1, 1), null, null));
        services.change(service.getId(), service.getVersion(), new ServiceDetails("Приют", "Shelter VEV",
                ServiceType.SHELTER, TargetGroup.WOMEN, "Sofia", "Demo NGO", 8, LocalDate.of(2020, 1, 1), null,
                ServiceStatus.SUSPENDED));
        var small = activities.record(code, new ActivityDetails(SupportActivityKind.LEGAL_AID, LocalDate.of(2040, 1, 1),
                LocalDate.of(2040, 3, 31), service.getId(), 3, "Legal aid sessions", UUID.randomUUID()));
        activities.report(code, small.getId(), small.getVersion());
        var large = activities.record(code, new ActivityDetails(SupportActivityKind.OUTREACH, LocalDate.of(2040, 1, 1),
                LocalDate.of(2040, 3, 31), null, 40, "Outreach", null));
        activities.report(code, large.getId(), large.getVersion());

        var random = new Random(11);
        for (var quarter = 1; quarter <= 4; quarter++) {
            var draft = statistics.draft(code, 2040, quarter, SyntheticVictims.table(random, 3 + random.nextInt(40)));
            var submitted = statistics.submit(code, 2040, quarter, draft.getVersion());
            var accepted = statistics.accept(code, 2040, quarter, submitted.getVersion());
            if (quarter == 4) {
                statistics.correct(code, 2040, quarter, accepted.getVersion(), SyntheticVictims.table(random, 17),
                        "Two cases were counted twice");
            }
        }

        assertThat(events.ofType(SupportServiceRegistered.class)).singleElement()
                .satisfies(event -> assertThat(event.aggregateId()).isEqualTo(service.getId().toString()));
        assertThat(events.ofType(SupportServiceChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.version()).isEqualTo(2);
            assertThat(event.status()).isEqualTo(ServiceStatus.SUSPENDED);
            assertThat(event.capacity()).isEqualTo(8);
        });
        var reported = new ArrayList<SupportActivityReported>();
        events.ofType(SupportActivityReported.class).forEach(reported::add);
        assertThat(reported).extracting(SupportActivityReported::peopleSupported)
                .containsExactlyInAnyOrder(ProtectedFigure.hidden(), ProtectedFigure.of(40));
        assertThat(reported).filteredOn(event -> event.activityId().equals(small.getId())).singleElement()
                .satisfies(event -> {
                    assertThat(event.planningActivityId()).isNotNull();
                    assertThat(event.version()).isEqualTo(2);
                    assertThat(event.commission()).isEqualTo(code);
                });

        var published = new ArrayList<ProtectedStatistics>();
        events.ofType(VictimStatisticsSubmitted.class).forEach(event -> published.add(event.statistics()));
        var accepted = new ArrayList<VictimStatisticsAccepted>();
        events.ofType(VictimStatisticsAccepted.class).forEach(accepted::add);
        accepted.forEach(event -> published.add(event.statistics()));
        assertThat(published).hasSize(9);
        assertThat(accepted).filteredOn(VictimStatisticsAccepted::corrected).singleElement()
                .satisfies(event -> assertThat(event.quarter()).isEqualTo(4));
        assertThat(published).allSatisfy(VictimSupportIntegrationTests::carriesNoCountBelowK);
        assertThat(published).anySatisfy(table -> assertThat(
                DisclosureControlRandomizedTests.figures(table).values()).anyMatch(ProtectedFigure::suppressed));
        List<ModuleEvent> all = new ArrayList<>();
        // The module's own events: the CommissionEstablished this test publishes is not one of them.
        events.ofType(ModuleEvent.class).matching(event -> event.getClass().getPackageName()
                .equals(VictimStatisticsAccepted.class.getPackageName())).forEach(all::add);
        assertThat(all).hasSize(13).allSatisfy(event -> assertThat(event.aggregateId()).isNotBlank());

        assertThat(statistics.history(code, 2040, 4)).extracting(entry -> entry.action() + ":" + entry.reason())
                .containsExactly("drafted:null", "submitted:null", "accepted:null", "corrected:Two cases were counted twice");
        assertThat(tables.accepted(2040, TablePeriod.YEAR, code).total())
                .isEqualTo(tables.accepted(2040, TablePeriod.H1, code).total()
                        + tables.accepted(2040, TablePeriod.H2, code).total());
    }

    @Test
    void theProtectedYearIsComputedOnceAndACorrectionAfterAcceptanceIsVisibleOnTheNextRead(Scenario scenario) {
        var code = establish(scenario, "VCA");
        var random = new Random(5);
        var draft = statistics.draft(code, 2042, 1, SyntheticVictims.table(random, 40));
        var accepted = statistics.accept(code, 2042, 1, statistics.submit(code, 2042, 1, draft.getVersion()).getVersion());
        var before = published.computations();

        var first = published.year(2042);
        var second = published.year(2042);

        assertThat(second).isSameAs(first);
        assertThat(published.computations()).isEqualTo(before + 1);
        assertThat(total(first, code)).isEqualTo(ProtectedFigure.of(40));

        statistics.correct(code, 2042, 1, accepted.getVersion(), SyntheticVictims.table(random, 17), "Counted twice");

        assertThat(total(published.year(2042), code)).isEqualTo(ProtectedFigure.of(17));
        assertThat(published.computations()).isEqualTo(before + 2);

        statistics.draft(code, 2042, 2, SyntheticVictims.table(random, 12));
        published.year(2042);
        assertThat(published.computations()).as("a new draft changes what is closed").isEqualTo(before + 3);
    }

    private static ProtectedFigure total(LinkedTables tables, CommissionCode code) {
        return tables.table(code.value(), TablePeriod.Q1).orElseThrow().total();
    }

    @Test
    void theDemoSeedsTheServicesAndACommissionsDataOnceItIsKnownWithSuppressionAtWork(Scenario scenario) {
        demo.seedServices();
        assertThat(jdbc.sql("SELECT count(*) FROM victimsupport.support_service WHERE operator LIKE 'Demo NGO operator%'")
                .query(Integer.class).single()).isEqualTo(8);
        scenario.publish(established("BGS"))
                .andWaitForStateChange(() -> jdbc.sql("SELECT count(*) FROM victimsupport.victim_statistics"
                        + " WHERE commission_code = 'BGS'").query(Integer.class).single(), count -> count == 3)
                .andVerify(count -> assertThat(count).isEqualTo(3));
        demo.seedServices();
        demo.seedCommission("BGS");
        demo.seedCommission("PDV"); // not known: nothing
        assertThat(jdbc.sql("SELECT count(*) FROM victimsupport.support_service WHERE operator LIKE 'Demo NGO operator%'")
                .query(Integer.class).single()).isEqualTo(8);
        assertThat(jdbc.sql("SELECT quarter || ':' || status FROM victimsupport.victim_statistics WHERE commission_code"
                + " = 'BGS' AND year = 2021 ORDER BY quarter").query(String.class).list())
                .containsExactly("1:ACCEPTED", "2:ACCEPTED", "3:SUBMITTED");
        assertThat(jdbc.sql("SELECT count(*) FROM victimsupport.support_activity WHERE commission_code = 'BGS'"
                + " AND status = 'REPORTED'").query(Integer.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("SELECT count(*) FROM victimsupport.support_activity WHERE commission_code = 'PDV'")
                .query(Integer.class).single()).isZero();
        var firstHalf = new DisclosureControl(new DisclosureProperties(K))
                .protect(tables.accepted(2021, TablePeriod.H1, CommissionCode.parse("BGS")));
        assertThat(DisclosureControlRandomizedTests.figures(firstHalf).values()).anyMatch(ProtectedFigure::suppressed);
        carriesNoCountBelowK(firstHalf);
    }

    private static void carriesNoCountBelowK(ProtectedStatistics statistics) {
        assertThat(statistics.minimumCellSize()).isEqualTo(K);
        assertThat(DisclosureControlRandomizedTests.figures(statistics).values()).allSatisfy(figure -> {
            if (figure.suppressed()) {
                assertThat(figure.count()).isNull();
            }
            else {
                assertThat(figure.count()).isNotNull().matches(count -> count == 0 || count >= K, "0 or at least k");
            }
        });
    }

    private CommissionCode establish(Scenario scenario, String code) {
        scenario.publish(established(code))
                .andWaitForStateChange(() -> jdbc.sql("SELECT count(*) FROM victimsupport.known_commission WHERE code = ?")
                        .param(code).query(Integer.class).single() > 0)
                .andVerify(known -> {
                });
        return CommissionCode.parse(code);
    }

    private static CommissionEstablished established(String code) {
        return new CommissionEstablished(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), 1,
                new CommissionCode(code), "МКБТХ " + code, "LCCTHB " + code, "Town", "Province",
                LocalDate.of(2010, 1, 1), CommissionStatus.ACTIVE);
    }
}
