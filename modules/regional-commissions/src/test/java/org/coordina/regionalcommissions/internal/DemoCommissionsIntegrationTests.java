package org.coordina.regionalcommissions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.TrendReportPublished;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.transaction.support.TransactionOperations;

/** The demo data: created through the services (so with events), and created only once. */
// The same context as the other module tests, so that they share one database.
@ApplicationModuleTest
@Import(EventRecorder.class)
class DemoCommissionsIntegrationTests {

    @Autowired
    CommissionManagement commissions;

    @Autowired
    CommissionMembers members;

    @Autowired
    TrendReports reports;

    @Autowired
    TransactionOperations transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seedsTheTenCommissionsOnceWithEventsAndEightPublishedReports(PublishedEvents events) {
        var demo = new DemoCommissions(commissions, members, reports, transactions);

        assertThat(demo.seed()).isEqualTo(10);
        assertThat(demo.seed()).isZero();

        for (var commission : DemoCommissions.COMMISSIONS) {
            var stored = commissions.find(commission.code());
            assertThat(stored.getNameBg()).isEqualTo(commission.nameBg());
            assertThat(stored.getFoundingAct().number()).startsWith("DEMO-");
            assertThat(stored.getSecretary().name()).isEqualTo("Secretary of " + commission.nameEn());
            assertThat(stored.getSecretary().email()).endsWith("@lccthb.example.org");
            assertThat(members.list(commission.code(), Pageable.unpaged()).getContent())
                    .hasSize(4)
                    .allSatisfy(member -> assertThat(member.getEmail()).endsWith("@lccthb.example.org"));
            var reportsOfCommission = reports.list(commission.code(), Pageable.unpaged()).getContent();
            if (commission.presentedIn2020()) {
                assertThat(reportsOfCommission).singleElement().satisfies(report -> {
                    assertThat(report.getStatus()).isEqualTo(TrendReportStatus.PUBLISHED);
                    assertThat(report.period()).isEqualTo(DemoCommissions.SEED_MEETING_PERIOD);
                    assertThat(report.getSummary()).startsWith("Fictional demo text.");
                });
            }
            else {
                assertThat(reportsOfCommission).isEmpty();
            }
        }
        assertThat(DemoCommissions.COMMISSIONS.stream().filter(DemoCommissions.Demo::presentedIn2020))
                .extracting(seeded -> seeded.code().value())
                .containsExactlyInAnyOrder("BLG", "PAZ", "SLS", "BGS", "MON", "PVN", "VTR", "VAR");
        assertThat(events.ofType(CommissionEstablished.class)
                .matching(event -> DemoCommissions.COMMISSIONS.stream().anyMatch(demoCommission -> demoCommission.code().equals(event.code()))))
                .hasSize(10);
        assertThat(events.ofType(TrendReportPublished.class)).hasSize(8);
        assertThat(jdbc.sql("SELECT count(*) FROM regionalcommissions.commission WHERE code NOT LIKE 'Q%'")
                .query(Integer.class).single()).isEqualTo(10);
    }
}
