package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;
import org.coordina.testsupport.MutableClock;

/**
 * Quarterly progress written through its targeted write path ({@link ProgressRecordingRepository}) against the
 * embedded PostgreSQL: only changed indicator values are written, stale versions and concurrent first entries
 * are refused, and the roll-up's figures kept per activity ({@link ActivityFigures}) stay exact: after each step
 * of a plan's life (progress reported, corrected, a report reopened and corrected, the plan reopened and its
 * activities revised, concurrent updates of one activity) the roll-up equals the figures recomputed from all
 * progress rows (the statement the roll-up ran before the figures were kept), and hand-computed values.
 */
@ApplicationModuleTest
class ProgressRecordingIntegrationTests {

    private static final int YEAR = 2064;

    private static final AtomicInteger CODES = new AtomicInteger();

    private static boolean cycleOpened;

    /** The roll-up from scratch over every progress entry and indicator value of the year: the oracle. */
    private static final String RECOMPUTED = """
            WITH latest AS (
              SELECT p.activity_id,
                     coalesce(max(p.status) FILTER (WHERE p.quarter = 4), max(p.status) FILTER (WHERE p.quarter = 3),
                              max(p.status) FILTER (WHERE p.quarter = 2), max(p.status) FILTER (WHERE p.quarter = 1))
                       AS status
              FROM annualplanning.activity_progress p
              WHERE p.cycle_year = :year
              GROUP BY p.activity_id
            ), reported AS (
              SELECT v.indicator_id, sum(v.value) AS total,
                     coalesce(max(v.value) FILTER (WHERE p.quarter = 4), max(v.value) FILTER (WHERE p.quarter = 3),
                              max(v.value) FILTER (WHERE p.quarter = 2), max(v.value) FILTER (WHERE p.quarter = 1))
                       AS latest
              FROM annualplanning.activity_progress p
              JOIN annualplanning.indicator_value v ON v.activity_progress_id = p.id
              WHERE p.cycle_year = :year
              GROUP BY v.indicator_id
            ), indicator_figures AS (
              SELECT i.activity_id, count(*) AS indicators,
                     count(*) FILTER (WHERE x.actual >= i.target) AS reached,
                     sum(x.actual / i.target) FILTER (WHERE i.target > 0) AS ratio_sum,
                     count(*) FILTER (WHERE i.target > 0) AS ratio_count
              FROM annualplanning.activity a
              JOIN annualplanning.indicator i ON i.activity_id = a.id
              LEFT JOIN reported r ON r.indicator_id = i.id
              CROSS JOIN LATERAL (
                SELECT coalesce(CASE WHEN i.kind = 'INCREMENTAL' THEN r.total ELSE r.latest END, 0) AS actual
              ) x
              WHERE a.cycle_year = :year
              GROUP BY i.activity_id
            ), activity_figures AS (
              SELECT a.owner, a.section_code, coalesce(l.status, 'NOT_STARTED') AS status,
                     coalesce(f.indicators, 0) AS indicators, coalesce(f.reached, 0) AS reached, f.ratio_sum,
                     f.ratio_count
              FROM annualplanning.activity a
              LEFT JOIN latest l ON l.activity_id = a.id
              LEFT JOIN indicator_figures f ON f.activity_id = a.id
              WHERE a.cycle_year = :year
            )
            SELECT CASE WHEN GROUPING(owner) = 0 THEN 'OWNER' WHEN GROUPING(section_code) = 0 THEN 'SECTION'
                     ELSE 'ALL' END AS scope,
                   coalesce(owner, section_code, '') AS key,
                   count(*) AS activities,
                   count(*) FILTER (WHERE status = 'NOT_STARTED') AS not_started,
                   count(*) FILTER (WHERE status = 'IN_PROGRESS') AS in_progress,
                   count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
                   count(*) FILTER (WHERE status = 'POSTPONED') AS postponed,
                   count(*) FILTER (WHERE status = 'CANCELLED') AS cancelled,
                   sum(indicators) AS indicators, sum(reached) AS reached,
                   sum(ratio_sum) / nullif(sum(ratio_count), 0) AS mean_achievement
            FROM activity_figures
            GROUP BY GROUPING SETS ((owner), (section_code), ())
            """;

    @TestConfiguration
    static class ControllableClock {

        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.parse("2064-08-10T10:00:00Z"));
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    ActivityProgressReporting progress;

    @Autowired
    ActivityPlanning planning;

    @Autowired
    QuarterlyReports reports;

    @Autowired
    Plans plans;

    @Autowired
    ProgressQuery rollUp;

    @Autowired
    ActivityProgressRepository entries;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    ReportingFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ReportingFixture(context);
        clock.setDay(YEAR, 8, 10);
        if (!cycleOpened) {
            fixture.openCycle(YEAR);
            cycleOpened = true;
        }
    }

    @Test
    void progressReportedThenCorrectedKeepsTheRollUpExact(Scenario scenario) {
        var owner = commission(scenario);
        var campaign = fixture.add(YEAR, owner, "Campaign",
                ReportingFixture.indicator("Participants", IndicatorKind.INCREMENTAL, "100"),
                ReportingFixture.indicator("Trained", IndicatorKind.CUMULATIVE, "10"));
        var training = fixture.add(YEAR, owner, "Training");
        fixture.approve(YEAR, owner);
        var participants = indicator(campaign, "Participants");
        var trained = indicator(campaign, "Trained");

        report(owner, 1, campaign, ActivityStatus.IN_PROGRESS, participants, "30", trained, "4");
        report(owner, 2, campaign, ActivityStatus.COMPLETED, participants, "80", trained, "12");
        report(owner, 1, training, ActivityStatus.POSTPONED);
        assertExact();
        // 110 of 100 (reached, 1.1) and the latest 12 of 10 (reached, 1.2).
        assertThat(owned(owner).activities()).isEqualTo(new ActivityTally(2, 0, 0, 1, 1, 0));
        assertThat(owned(owner).indicators()).isEqualTo(new IndicatorTally(2, 2, new BigDecimal("1.1500")));

        // The secretary corrects Q2: back in progress, the cumulative value withdrawn, the other one lowered.
        report(owner, 2, campaign, ActivityStatus.IN_PROGRESS, participants, "50");
        assertExact();
        // 80 of 100 (0.8); Trained has no Q2 value any more, so its latest is Q1's 4 of 10 (0.4).
        assertThat(owned(owner).activities()).isEqualTo(new ActivityTally(2, 0, 1, 0, 1, 0));
        assertThat(owned(owner).indicators()).isEqualTo(new IndicatorTally(2, 0, new BigDecimal("0.6000")));
    }

    @Test
    void aReopenedReportCorrectedAndARevisedActivityKeepTheRollUpExact(Scenario scenario) {
        var owner = commission(scenario);
        var campaign = fixture.add(YEAR, owner, "Campaign",
                ReportingFixture.indicator("Participants", IndicatorKind.INCREMENTAL, "100"));
        var leaflets = fixture.add(YEAR, owner, "Leaflets",
                ReportingFixture.indicator("Printed", IndicatorKind.CUMULATIVE, "10"));
        var approved = fixture.approve(YEAR, owner);
        var participants = indicator(campaign, "Participants");
        report(owner, 1, campaign, ActivityStatus.COMPLETED, participants, "100");
        report(owner, 1, leaflets, ActivityStatus.IN_PROGRESS);
        var submitted = reports.submit(YEAR, owner, 1, reports.find(YEAR, owner, 1).getVersion());
        var accepted = reports.accept(YEAR, owner, 1, submitted.getVersion());
        reports.reopen(YEAR, owner, 1, accepted.getVersion(), "The count included last year's session");
        report(owner, 1, campaign, ActivityStatus.IN_PROGRESS, participants, "60");
        assertExact();
        // 60 of 100 (0.6) and nothing printed of 10 (0).
        assertThat(owned(owner).indicators()).isEqualTo(new IndicatorTally(2, 0, new BigDecimal("0.3000")));

        // The plan reopened: Leaflets moves to section IV, its indicator's target drops to 0 and it gets a
        // second indicator; a third activity is added. (An indicator with reported values cannot be replaced:
        // Spring Data JDBC rewrites the activity's indicators, and their values refer to them.)
        plans.reopen(YEAR, owner, approved.getVersion(), "The programme changed");
        var current = planning.find(YEAR, owner, leaflets.getId());
        var printed = current.getIndicators().get(0);
        var details = current.details();
        planning.revise(YEAR, owner, leaflets.getId(), current.getVersion(), new ActivityDetails(details.titleBg(),
                details.titleEn(), details.description(), "IV", null, null, details.responsible(), details.partners(),
                details.financing(), details.startsOn(), details.deadline(), details.plannedQuarters(),
                details.expectedOutcomes(), List.of(new Indicator(printed.id(), printed.nameBg(), printed.nameEn(),
                        printed.unit(), printed.baseline(), BigDecimal.ZERO, printed.kind()),
                        ReportingFixture.indicator("Volunteers", IndicatorKind.INCREMENTAL, "5"))));
        fixture.add(YEAR, owner, "Posters");
        assertExact();
        // Printed: 0 of 0 is reached, with no ratio; Volunteers 0 of 5 (0); Participants 0.6.
        assertThat(owned(owner).activities()).isEqualTo(new ActivityTally(3, 1, 2, 0, 0, 0));
        assertThat(owned(owner).indicators()).isEqualTo(new IndicatorTally(3, 1, new BigDecimal("0.3000")));
        assertThat(rollUp.of(YEAR).sections()).filteredOn(section -> section.code().equals("IV"))
                .singleElement().satisfies(section -> assertThat(section.activities().total()).isPositive());
    }

    @Test
    void onlyTheIndicatorValuesThatChangedAreWrittenAndTheHistoryTellsWhatChanged(Scenario scenario) {
        var owner = commission(scenario);
        var campaign = fixture.add(YEAR, owner, "Campaign",
                ReportingFixture.indicator("Kept", IndicatorKind.INCREMENTAL, "100"),
                ReportingFixture.indicator("Changed", IndicatorKind.INCREMENTAL, "100"),
                ReportingFixture.indicator("Withdrawn", IndicatorKind.INCREMENTAL, "100"));
        fixture.approve(YEAR, owner);
        var kept = indicator(campaign, "Kept");
        var changed = indicator(campaign, "Changed");
        var withdrawn = indicator(campaign, "Withdrawn");
        report(owner, 3, campaign, ActivityStatus.IN_PROGRESS, kept, "1", changed, "2", withdrawn, "3");
        var keptRow = rowVersion(owner, campaign, kept);

        report(owner, 3, campaign, ActivityStatus.IN_PROGRESS, kept, "1", changed, "5");

        var entry = progress.find(YEAR, owner, 3, campaign.getId());
        assertThat(entry.getVersion()).isEqualTo(2);
        assertThat(entry.getIndicatorValues()).containsExactlyInAnyOrder(
                new IndicatorValue(kept, new BigDecimal("1.00")), new IndicatorValue(changed, new BigDecimal("5.00")));
        // The unchanged value's row was not rewritten (same row version), unlike a delete and re-insert.
        assertThat(rowVersion(owner, campaign, kept)).isEqualTo(keptRow);
        var last = jdbc.sql("""
                SELECT aggregate_version, action, changes::text FROM annualplanning.change_history
                WHERE aggregate_id = :id ORDER BY id DESC LIMIT 1
                """).param("id", entry.getId()).query().singleRow();
        assertThat(last.get("aggregate_version")).isEqualTo(2L);
        assertThat(last.get("action")).isEqualTo("reported");
        assertThat((String) last.get("changes")).contains("indicatorValues").contains(withdrawn.toString())
                .contains("5.00").doesNotContain("narrative").doesNotContain("status");
    }

    @Test
    void aSecondFirstEntryOfTheSameActivityIsStale(Scenario scenario) {
        var owner = commission(scenario);
        var campaign = fixture.add(YEAR, owner, "Campaign");
        fixture.approve(YEAR, owner);
        var reportId = reports.find(YEAR, owner, 3).getId();
        var first = ActivityProgress.start(reportId, campaign.getId(), YEAR, owner, 3);
        var second = ActivityProgress.start(reportId, campaign.getId(), YEAR, owner, 3);
        first.report(details(ActivityStatus.IN_PROGRESS), Set.of(), clock.instant());
        second.report(details(ActivityStatus.COMPLETED), Set.of(), clock.instant());
        transactions.executeWithoutResult(status -> entries.record(first, Set.of()));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> entries.record(second, Set.of())))
                .isInstanceOf(OptimisticLockingFailureException.class).hasCauseInstanceOf(DuplicateKeyException.class);
        assertThat(progress.find(YEAR, owner, 3, campaign.getId()).getStatus()).isEqualTo(ActivityStatus.IN_PROGRESS);
    }

    @Test
    void concurrentUpdatesOfOneActivityInTwoQuartersLeaveExactFiguresAndNeverOverwriteSilently(Scenario scenario)
            throws Exception {
        var owner = commission(scenario);
        var campaign = fixture.add(YEAR, owner, "Campaign",
                ReportingFixture.indicator("Participants", IndicatorKind.INCREMENTAL, "1000"));
        fixture.approve(YEAR, owner);
        var participants = indicator(campaign, "Participants");
        // The first writer reports Q2 and waits (up to a second) for the second, which reports Q3, before it
        // commits. Without the activity's row lock the second would compute the figures without Q2's 100,
        // and, committing last, keep them so.
        var firstWrote = new CountDownLatch(1);
        var secondWrote = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(2);
        try {
            var first = executor.submit(() -> transactions.executeWithoutResult(status -> {
                report(owner, 2, campaign, ActivityStatus.COMPLETED, participants, "100");
                firstWrote.countDown();
                awaitQuietly(secondWrote);
            }));
            var second = executor.submit(() -> {
                awaitQuietly(firstWrote);
                transactions.executeWithoutResult(status -> {
                    report(owner, 3, campaign, ActivityStatus.IN_PROGRESS, participants, "5");
                    secondWrote.countDown();
                });
            });
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            executor.shutdown();
        }
        assertExact();
        // Q3 (IN_PROGRESS) is the latest; 100 + 5 of 1000.
        assertThat(owned(owner).activities()).isEqualTo(new ActivityTally(1, 0, 1, 0, 0, 0));
        assertThat(owned(owner).indicators()).isEqualTo(new IndicatorTally(1, 0, new BigDecimal("0.1050")));

        // A stale version is refused, and writes nothing.
        var stale = progress.find(YEAR, owner, 2, campaign.getId()).getVersion() - 1;
        assertThatThrownBy(() -> progress.report(YEAR, owner, 2, campaign.getId(), stale, details(
                ActivityStatus.CANCELLED, participants, "999"))).isInstanceOf(OptimisticLockingFailureException.class);
        assertExact();
        assertThat(owned(owner).activities().cancelled()).isZero();

        // An entry read before someone else's update is refused by the UPDATE's own version check.
        var read = entries.findEntry(reports.find(YEAR, owner, 2).getId(), campaign.getId()).orElseThrow();
        var storedValues = read.getIndicatorValues();
        report(owner, 2, campaign, ActivityStatus.POSTPONED, participants, "100");
        read.report(details(ActivityStatus.CANCELLED, participants, "999"), Set.of(participants), clock.instant());
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> entries.record(read, storedValues)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(progress.find(YEAR, owner, 2, campaign.getId()).getStatus()).isEqualTo(ActivityStatus.POSTPONED);
        assertExact();
    }

    private String rowVersion(Party owner, Activity activity, UUID indicatorId) {
        return jdbc.sql("""
                SELECT v.xmin::text FROM annualplanning.indicator_value v
                JOIN annualplanning.activity_progress p ON p.id = v.activity_progress_id
                WHERE p.cycle_year = :year AND p.owner = :owner AND p.activity_id = :activity AND v.indicator_id = :indicator
                """).param("year", YEAR).param("owner", owner.value()).param("activity", activity.getId())
                .param("indicator", indicatorId).query(String.class).single();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reports the activity's progress at its current version (pairs of indicator id and value). */
    private void report(Party owner, int quarter, Activity activity, ActivityStatus status, Object... values) {
        var version = progress.find(YEAR, owner, quarter, activity.getId()).getVersion();
        progress.report(YEAR, owner, quarter, activity.getId(), version, details(status, values));
    }

    private static ProgressDetails details(ActivityStatus status, Object... values) {
        var indicatorValues = new HashSet<IndicatorValue>();
        for (int index = 0; index < values.length; index += 2) {
            indicatorValues.add(new IndicatorValue((UUID) values[index], new BigDecimal((String) values[index + 1])));
        }
        return new ProgressDetails(status, "Reported", 10, List.of(), indicatorValues);
    }

    private static UUID indicator(Activity activity, String name) {
        return activity.getIndicators().stream().filter(indicator -> indicator.nameEn().equals(name)).findFirst()
                .orElseThrow().id();
    }

    private OwnerProgress owned(Party owner) {
        return rollUp.of(YEAR).owners().stream().filter(line -> line.owner().equals(owner)).findFirst().orElseThrow();
    }

    /** The roll-up's tallies equal those recomputed from every progress row of the year, row by row. */
    private void assertExact() {
        assertThat(tallies(ProgressQuery.TALLIES)).isEqualTo(tallies(RECOMPUTED)).isNotEmpty();
    }

    private List<Map<String, String>> tallies(String sql) {
        return jdbc.sql("SELECT * FROM (" + sql + ") t ORDER BY scope, key").param("year", YEAR).query()
                .listOfRows().stream().map(row -> {
                    var text = new LinkedHashMap<String, String>();
                    row.forEach((column, value) -> text.put(column, value == null ? null : value.toString()));
                    return (Map<String, String>) text;
                }).toList();
    }

    private Party commission(Scenario scenario) {
        var code = "F" + (char) ('A' + CODES.get() / 26) + (char) ('A' + CODES.getAndIncrement() % 26);
        fixture.establish(scenario, code);
        return new Party(code);
    }
}
