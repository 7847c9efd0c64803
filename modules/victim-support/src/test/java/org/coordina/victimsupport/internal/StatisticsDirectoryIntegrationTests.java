package org.coordina.victimsupport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** The pages' lists of quarterly statistics against the embedded PostgreSQL: by commission, by status, no counts. */
@ApplicationModuleTest
class StatisticsDirectoryIntegrationTests {

    @Autowired
    StatisticsSubmissions statistics;

    @Autowired
    StatisticsDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCommissionsQuartersAndTheSubmissionsInAStatusAreListedNewestFirst(Scenario scenario) {
        var code = establish(scenario, "SDL");
        var other = establish(scenario, "SDM");
        var table = StatisticsTable.of(12, StatisticsTableTests.twelveVictims());
        var first = statistics.draft(code, 2051, 1, table);
        statistics.submit(code, 2051, 1, first.getVersion());
        statistics.draft(code, 2051, 2, table);
        var foreign = statistics.draft(other, 2051, 1, table);
        statistics.submit(other, 2051, 1, foreign.getVersion());

        var quarters = directory.page(code, null, PageRequest.of(0, 10));
        assertThat(quarters.getContent()).extracting(SubmissionEntry::quarter).containsExactly(2, 1);
        assertThat(quarters.getContent()).extracting(SubmissionEntry::status)
                .containsExactly(StatisticsStatus.DRAFT, StatisticsStatus.SUBMITTED);
        assertThat(quarters.getContent().get(1).submittedAt()).isNotNull();
        assertThat(quarters.getContent().get(0).commission()).isEqualTo(code);

        var submitted = directory.page(null, StatisticsStatus.SUBMITTED,
                PageRequest.of(0, 100, Sort.by("commission").descending()));
        assertThat(submitted.getContent()).extracting(SubmissionEntry::commission)
                .filteredOn(commission -> commission.equals(code) || commission.equals(other))
                .containsExactly(other, code);
        assertThat(directory.page(code, StatisticsStatus.SUBMITTED, PageRequest.of(0, 10)).getContent())
                .extracting(SubmissionEntry::quarter).containsExactly(1);
        assertThat(submitted.getTotalElements()).isGreaterThanOrEqualTo(2);

        assertThat(directory.inStatus(code, StatisticsStatus.DRAFT, 5)).extracting(SubmissionEntry::quarter)
                .containsExactly(2);
        assertThat(directory.inStatus(other, StatisticsStatus.DRAFT, 5)).isEmpty();
        assertThat(directory.exists(code, 2051, 2)).isTrue();
        assertThat(directory.exists(code, 2051, 3)).isFalse();
        assertThat(directory.acceptedYears()).doesNotContain(2051);
    }

    private CommissionCode establish(Scenario scenario, String code) {
        scenario.publish(new CommissionEstablished(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), 1,
                new CommissionCode(code), "МКБТХ " + code, "LCCTHB " + code, "Town", "Province",
                LocalDate.of(2010, 1, 1), CommissionStatus.ACTIVE))
                .andWaitForStateChange(() -> jdbc.sql("SELECT count(*) FROM victimsupport.known_commission WHERE code = ?")
                        .param(code).query(Integer.class).single() > 0)
                .andVerify(known -> {
                });
        return CommissionCode.parse(code);
    }
}
