package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.coordina.annualplanning.events.ActivityCompleted;
import org.coordina.annualplanning.events.ActivityProgressReported;
import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.annualplanning.events.QuarterlyReportDueSoon;
import org.coordina.annualplanning.events.QuarterlyReportOverdue;
import org.coordina.annualplanning.events.QuarterlyReportSubmitted;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.coordina.testsupport.MutableClock;

/**
 * Quarterly reporting against the embedded PostgreSQL: reports created on approval, the submission's
 * summary, the overdue job (controllable clock, advisory lock, idempotent) and contributions. One cycle
 * (2055), a commission per test.
 */
@ApplicationModuleTest
class QuarterlyReportingIntegrationTests {

    private static final int YEAR = 2055;

    private static final AtomicInteger CODES = new AtomicInteger();

    private static boolean cycleOpened;

    @TestConfiguration
    static class ControllableClock {

        @Bean
        MutableClock clock() {
            return new MutableClock(java.time.Instant.parse("2055-01-10T10:00:00Z"));
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    QuarterlyReports reports;

    @Autowired
    ActivityProgressReporting progress;

    @Autowired
    OverdueReportsJob job;

    @Autowired
    Plans plans;

    @Autowired
    Contributions contributions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    ReportingFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ReportingFixture(context);
        clock.setDay(YEAR, 1, 10);
        if (!cycleOpened) {
            fixture.openCycle(YEAR);
            cycleOpened = true;
        }
    }

    @Test
    void anApprovedPlanHasFourDraftReportsDueFifteenDaysAfterEachQuarterAndKeepsThemWhenApprovedAgain(Scenario scenario) {
        var owner = commission(scenario);
        fixture.add(YEAR, owner, "Campaign");
        assertThat(reports.of(YEAR, owner)).isEmpty();
        var approved = fixture.approve(YEAR, owner);

        var four = reports.of(YEAR, owner);
        assertThat(four).extracting(QuarterlyReport::getQuarter).containsExactly(1, 2, 3, 4);
        assertThat(four).extracting(QuarterlyReport::getDueOn).containsExactly(LocalDate.of(YEAR, 4, 15),
                LocalDate.of(YEAR, 7, 15), LocalDate.of(YEAR, 10, 15), LocalDate.of(YEAR + 1, 1, 15));
        assertThat(four).allSatisfy(report -> {
            assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
            assertThat(report.getVersion()).isEqualTo(1);
            assertThat(report.getPlanId()).isEqualTo(approved.getId());
        });

        clock.setDay(YEAR, 2, 1);
        var q1 = reports.submit(YEAR, owner, 1, 1);
        var reopened = plans.reopen(YEAR, owner, approved.getVersion(), "Add an activity");
        fixture.approve(YEAR, owner);
        var again = reports.of(YEAR, owner);
        assertThat(again).extracting(QuarterlyReport::getId).containsExactlyElementsOf(
                four.stream().map(QuarterlyReport::getId).toList());
        assertThat(again.get(0).getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(again.get(0).getVersion()).isEqualTo(q1.getVersion());
        assertThat(reopened.getStatus()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void submittingCountsThePlansActivitiesByTheirStatusInTheQuarter(Scenario scenario, PublishedEvents events) {
        var owner = commission(scenario);
        var done = fixture.add(YEAR, owner, "Done",
                ReportingFixture.indicator("Participants", IndicatorKind.INCREMENTAL, "100"));
        var going = fixture.add(YEAR, owner, "Going");
        var alsoGoing = fixture.add(YEAR, owner, "Also going");
        fixture.add(YEAR, owner, "Untouched");
        fixture.approve(YEAR, owner);
        clock.setDay(YEAR, 4, 2);
        var indicator = done.getIndicators().get(0).id();
        var saved = progress.report(YEAR, owner, 2, done.getId(), 0, new ProgressDetails(ActivityStatus.COMPLETED,
                "Held", 40, List.of("https://example.org/photos"), Set.of(new IndicatorValue(indicator, new BigDecimal("40")))));
        progress.report(YEAR, owner, 2, going.getId(), 0, details(ActivityStatus.IN_PROGRESS));
        progress.report(YEAR, owner, 2, alsoGoing.getId(), 0, details(ActivityStatus.IN_PROGRESS));
        progress.report(YEAR, owner, 1, going.getId(), 0, details(ActivityStatus.CANCELLED));

        var stored = progress.find(YEAR, owner, 2, done.getId());
        assertThat(stored.getVersion()).isEqualTo(1);
        assertThat(stored.getEvidence()).containsExactly("https://example.org/photos");
        assertThat(stored.getIndicatorValues()).containsExactly(new IndicatorValue(indicator, new BigDecimal("40.00")));
        assertThat(events.ofType(ActivityCompleted.class).matching(e -> e.activityId().equals(done.getId()))).hasSize(1);
        assertThat(events.ofType(ActivityProgressReported.class).matching(e -> e.owner().equals(owner))).hasSize(4);
        assertThat(saved.getId()).isEqualTo(stored.getId());

        var report = reports.find(YEAR, owner, 2);
        reports.submit(YEAR, owner, 2, report.getVersion());
        var submitted = events.ofType(QuarterlyReportSubmitted.class).matching(e -> e.owner().equals(owner));
        assertThat(submitted).hasSize(1);
        assertThat(submitted.iterator().next().activitiesByStatus()).isEqualTo(Map.of(ActivityStatus.NOT_STARTED, 1,
                ActivityStatus.IN_PROGRESS, 2, ActivityStatus.COMPLETED, 1, ActivityStatus.POSTPONED, 0,
                ActivityStatus.CANCELLED, 0));
        assertThatThrownBy(() -> progress.report(YEAR, owner, 2, going.getId(), 1, details(ActivityStatus.COMPLETED)))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.messageCode()).isEqualTo("annualplanning.report.notEditable"));
    }

    @Test
    void theJobAnnouncesEachUnsubmittedReportDueSoonAndThenOverdueOnceHoweverOftenItRuns(Scenario scenario,
            PublishedEvents events) {
        var owner = commission(scenario);
        fixture.add(YEAR, owner, "Campaign");
        fixture.approve(YEAR, owner);
        clock.setDay(YEAR, 4, 7);
        job.announceOverdueReports();
        assertThat(events.ofType(QuarterlyReportDueSoon.class).matching(e -> e.owner().equals(owner))).isEmpty();

        clock.setDay(YEAR, 4, 8);
        job.announceOverdueReports();
        job.announceOverdueReports();
        assertThat(events.ofType(QuarterlyReportDueSoon.class).matching(e -> e.owner().equals(owner)))
                .singleElement().satisfies(event -> {
                    assertThat(event.quarter()).isEqualTo(1);
                    assertThat(event.dueOn()).isEqualTo(LocalDate.of(YEAR, 4, 15));
                    assertThat(event.version()).isEqualTo(2);
                });
        assertThat(reports.find(YEAR, owner, 1).getDueSoonNotifiedAt()).isEqualTo(clock.instant());

        clock.setDay(YEAR, 4, 15);
        job.announceOverdueReports();
        assertThat(events.ofType(QuarterlyReportOverdue.class).matching(e -> e.owner().equals(owner))).isEmpty();

        clock.setDay(YEAR, 4, 16);
        job.announceOverdueReports();
        job.announceOverdueReports();
        assertThat(reports.announceOverdue()).isZero();
        assertThat(reports.announceDueSoon()).isZero();

        var overdue = events.ofType(QuarterlyReportOverdue.class).matching(e -> e.owner().equals(owner));
        assertThat(overdue).singleElement().satisfies(event -> {
            assertThat(event.quarter()).isEqualTo(1);
            assertThat(event.dueOn()).isEqualTo(LocalDate.of(YEAR, 4, 15));
            assertThat(event.version()).isEqualTo(3);
        });
        var q1 = reports.find(YEAR, owner, 1);
        assertThat(q1.getOverdueNotifiedAt()).isEqualTo(clock.instant());
        assertThat(q1.getVersion()).isEqualTo(3);
        assertThat(reports.find(YEAR, owner, 2).getOverdueNotifiedAt()).isNull();
        assertThat(reports.find(YEAR, owner, 2).getDueSoonNotifiedAt()).isNull();
        assertThat(events.ofType(QuarterlyReportDueSoon.class).matching(e -> e.owner().equals(owner))).hasSize(1);
        assertThat(reports.history(YEAR, owner, 1)).extracting("action")
                .containsExactly("created", "due-soon", "overdue");
    }

    @Test
    void theOverdueJobSkipsTheRoundWhileAnotherInstanceHoldsItsLock(Scenario scenario, PublishedEvents events)
            throws Exception {
        var owner = commission(scenario);
        fixture.add(YEAR, owner, "Campaign");
        fixture.approve(YEAR, owner);
        clock.setDay(YEAR, 7, 20);
        try (Connection other = dataSource.getConnection()) {
            try (var lock = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, JdbcReportingQueries.OVERDUE_LOCK_KEY);
                lock.execute();
            }
            assertThat(reports.announceOverdue()).isZero();
            assertThat(reports.find(YEAR, owner, 1).getOverdueNotifiedAt()).isNull();
            try (var unlock = other.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, JdbcReportingQueries.OVERDUE_LOCK_KEY);
                unlock.execute();
            }
        }
        assertThat(reports.announceOverdue()).isGreaterThanOrEqualTo(2);
        assertThat(events.ofType(QuarterlyReportOverdue.class).matching(e -> e.owner().equals(owner)))
                .extracting(QuarterlyReportOverdue::quarter).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void aContributionIsRecordedOncePerEventInTheQuarterItOccurredAndIgnoredOutsideTheActivitysYear(Scenario scenario) {
        var owner = commission(scenario);
        var activity = fixture.add(YEAR, owner, "Campaign");
        var event = UUID.randomUUID();
        assertThat(contributions.record(event, activity.getId(), "victim-support", UUID.randomUUID(),
                LocalDate.of(YEAR, 5, 3), 12, "Support sessions")).isTrue();
        assertThat(contributions.record(event, activity.getId(), "victim-support", UUID.randomUUID(),
                LocalDate.of(YEAR, 5, 3), 12, "Support sessions")).isFalse();
        assertThat(contributions.record(UUID.randomUUID(), activity.getId(), "victim-support", UUID.randomUUID(),
                LocalDate.of(YEAR + 1, 5, 3), 12, "Next year")).isFalse();
        assertThat(contributions.record(UUID.randomUUID(), UUID.randomUUID(), "victim-support", UUID.randomUUID(),
                LocalDate.of(YEAR, 5, 3), 12, "Unknown activity")).isFalse();
        assertThat(jdbc.sql("SELECT quarter, people_reached FROM annualplanning.contribution WHERE activity_id = ?")
                .param(activity.getId()).query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2))).list())
                .containsExactly(List.of(2, 12));
    }

    private Party commission(Scenario scenario) {
        int n = CODES.getAndIncrement();
        var code = "R" + (char) ('A' + n / 26) + (char) ('A' + n % 26);
        fixture.establish(scenario, code);
        return new Party(code);
    }

    private static ProgressDetails details(ActivityStatus status) {
        return new ProgressDetails(status, null, null, List.of(), Set.of());
    }
}
