package org.coordina.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.coordina.regionalcommissions.events.TrendReportPublished;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** Meetings learns of published trend reports from their events, and an older version changes nothing. */
@ApplicationModuleTest
class TrendReportProjectionIntegrationTests {

    @Autowired
    PublishedTrendReportRepository reports;

    @Autowired
    TrendReportListener listener;

    @Test
    void aPublishedTrendReportIsKnownByCommissionAndPeriodAndAStaleEventChangesNothing(Scenario scenario) {
        var id = UUID.randomUUID();
        var code = new CommissionCode("TRP");
        scenario.publish(new TrendReportPublished(UUID.randomUUID(), Instant.now(), id, 3, UUID.randomUUID(), code, 2019,
                "H1", "Trends H1 2019"))
                .andWaitForStateChange(() -> reports.findOne("TRP", 2019, "H1"), found -> found.isPresent())
                .andVerify(found -> assertThat(found.get().id()).isEqualTo(id));

        listener.on(new TrendReportPublished(UUID.randomUUID(), Instant.now(), id, 2, UUID.randomUUID(), code, 2019, "H1",
                "An older title"));

        assertThat(reports.findOne("TRP", 2019, "H1")).hasValueSatisfying(report -> {
            assertThat(report.title()).isEqualTo("Trends H1 2019");
            assertThat(report.sourceVersion()).isEqualTo(3);
        });
    }
}
