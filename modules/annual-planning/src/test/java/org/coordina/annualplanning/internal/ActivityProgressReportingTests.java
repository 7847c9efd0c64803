package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coordina.annualplanning.internal.ReportingServiceFixture.YEAR;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityCompleted;
import org.coordina.annualplanning.events.ActivityProgressReported;
import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

class ActivityProgressReportingTests {

    static final Party NATIONAL = Party.NATIONAL;

    final ReportingServiceFixture fixture = new ReportingServiceFixture();

    final ActivityProgressReporting progress = fixture.progress;

    Activity activity;

    UUID indicator;

    @BeforeEach
    void setUp() {
        activity = fixture.approvedNationalPlan("Campaign").get(0);
        indicator = activity.getIndicators().get(0).id();
        fixture.clock.setDay(YEAR, 5, 2);
    }

    @Test
    void anActivityNotReportedOnHasAnUnsavedNotStartedEntry() {
        var entry = progress.find(YEAR, NATIONAL, 2, activity.getId());
        assertThat(entry.getVersion()).isZero();
        assertThat(entry.getStatus()).isEqualTo(ActivityStatus.NOT_STARTED);
        assertThat(entry.getActivityId()).isEqualTo(activity.getId());
        assertThat(entry.getReportId()).isEqualTo(fixture.reports.find(YEAR, NATIONAL, 2).getId());
        assertThat(entry.getQuarter()).isEqualTo(2);
        assertThat(fixture.progressRepository.count()).isZero();
    }

    @Test
    void theFirstReportCreatesTheEntryAtVersionOneAndLaterOnesChangeIt() {
        var created = progress.report(YEAR, NATIONAL, 2, activity.getId(), 0, new ProgressDetails(
                ActivityStatus.IN_PROGRESS, "Held", 25, List.of("https://example.org/a"),
                Set.of(new IndicatorValue(indicator, new BigDecimal("25")))));
        assertThat(created.getVersion()).isEqualTo(1);
        assertThat(progress.find(YEAR, NATIONAL, 2, activity.getId())).isSameAs(created);
        assertThat(fixture.store.entries).singleElement().satisfies(entry -> {
            assertThat(entry.aggregateType()).isEqualTo("ActivityProgress");
            assertThat(entry.action()).isEqualTo("created");
            assertThat(entry.aggregateVersion()).isEqualTo(1);
        });

        var changed = progress.report(YEAR, NATIONAL, 2, activity.getId(), 1, new ProgressDetails(
                ActivityStatus.COMPLETED, "Held", 30, List.of(), Set.of()));
        assertThat(changed.getVersion()).isEqualTo(2);
        assertThat(changed.getPeopleReached()).isEqualTo(30);
        assertThat(fixture.store.entries).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("reported");
            assertThat(entry.aggregateVersion()).isEqualTo(2);
            assertThat(entry.changes()).extracting("field").contains("status", "peopleReached", "evidence",
                    "indicatorValues");
        });
        assertThat(fixture.events(ActivityProgressReported.class)).extracting(ActivityProgressReported::version)
                .containsExactly(1L, 2L);
        assertThat(fixture.events(ActivityCompleted.class)).singleElement()
                .satisfies(event -> assertThat(event.version()).isEqualTo(2));
    }

    @Test
    void anUnchangedReportIsNotSaved() {
        var details = new ProgressDetails(ActivityStatus.IN_PROGRESS, "Held", 25, List.of(), Set.of());
        progress.report(YEAR, NATIONAL, 2, activity.getId(), 0, details);
        int saves = fixture.progressRepository.saves();
        fixture.published.clear();
        var same = progress.report(YEAR, NATIONAL, 2, activity.getId(), 1, details);
        assertThat(same.getVersion()).isEqualTo(1);
        assertThat(fixture.progressRepository.saves()).isEqualTo(saves);
        assertThat(fixture.published).isEmpty();
        assertThat(fixture.store.entries).hasSize(1);
    }

    @Test
    void aStaleVersionIsRefused() {
        assertThatThrownBy(() -> progress.report(YEAR, NATIONAL, 2, activity.getId(), 1, notStarted()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        progress.report(YEAR, NATIONAL, 2, activity.getId(), 0, notStarted());
        assertThatThrownBy(() -> progress.report(YEAR, NATIONAL, 2, activity.getId(), 0,
                new ProgressDetails(ActivityStatus.COMPLETED, null, null, null, null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(progress.find(YEAR, NATIONAL, 2, activity.getId()).getStatus()).isEqualTo(ActivityStatus.NOT_STARTED);
    }

    @Test
    void aFirstEntryCreatedConcurrentlyIsStaleAndLeavesNoHistory() {
        // The write path turns the unique key's violation into a stale version (ProgressRecordingIntegrationTests).
        var racing = new ActivityProgressReporting(new ReportingServiceFixture.Progress(fixture.published) {
            @Override
            public ActivityProgress record(ActivityProgress entry, Set<IndicatorValue> storedValues) {
                throw new OptimisticLockingFailureException("created concurrently",
                        new DuplicateKeyException("activity_progress_report_activity_uk"));
            }
        }, fixture.reports, fixture.queries, fixture.history, fixture.clock);
        assertThatThrownBy(() -> racing.report(YEAR, NATIONAL, 2, activity.getId(), 0, notStarted()))
                .isInstanceOf(OptimisticLockingFailureException.class).hasRootCauseInstanceOf(DuplicateKeyException.class);
        assertThat(fixture.store.entries).isEmpty();
        assertThat(fixture.published).isEmpty();
    }

    @Test
    void otherFailuresOfSavingAreNotTurnedIntoStaleVersions() {
        var failing = new ActivityProgressReporting(new ReportingServiceFixture.Progress(fixture.published) {
            @Override
            public <S extends ActivityProgress> S save(S entity) {
                throw new IllegalStateException("disk full");
            }
        }, fixture.reports, fixture.queries, fixture.history, fixture.clock);
        assertThatThrownBy(() -> failing.report(YEAR, NATIONAL, 2, activity.getId(), 0, notStarted()))
                .isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    }

    @Test
    void onlyTheActivitysOwnIndicatorsTakeValues() {
        assertThatThrownBy(() -> progress.report(YEAR, NATIONAL, 2, activity.getId(), 0, new ProgressDetails(
                ActivityStatus.IN_PROGRESS, null, null, null, Set.of(new IndicatorValue(UUID.randomUUID(), BigDecimal.ONE)))))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.messageCode())
                        .isEqualTo("annualplanning.progress.unknownIndicator"));
        assertThat(fixture.progressRepository.count()).isZero();
        assertThat(fixture.published).isEmpty();
    }

    @Test
    void aReopenedPlansActivityKeepsItsReportedIndicatorsAndMayNotDropThem() {
        progress.report(YEAR, NATIONAL, 2, activity.getId(), 0, new ProgressDetails(ActivityStatus.IN_PROGRESS, null,
                null, null, Set.of(new IndicatorValue(indicator, BigDecimal.ONE))));
        fixture.plans.reopen(YEAR, NATIONAL, fixture.plans.find(YEAR, NATIONAL).getVersion(), "New funding");
        var reported = activity.getIndicators().get(0);
        var version = activity.getVersion();

        assertThatThrownBy(() -> fixture.activities.revise(YEAR, NATIONAL, activity.getId(), version,
                ActivityTests.with(activity.details(), "Dropped", List.of())))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                    assertThat(problem.messageCode()).isEqualTo("annualplanning.activity.indicatorReported");
                });
        assertThat(fixture.activityRepository.findById(activity.getId()).orElseThrow().getVersion()).isEqualTo(version);

        var revised = fixture.activities.revise(YEAR, NATIONAL, activity.getId(), version,
                ActivityTests.with(activity.details(), "Revised", List.of(new Indicator(reported.id(), reported.nameBg(),
                        reported.nameEn(), reported.unit(), reported.baseline(), new BigDecimal("150"), reported.kind()))));
        assertThat(revised.getVersion()).isEqualTo(version + 1);
        assertThat(revised.getIndicators()).extracting(Indicator::id).containsExactly(reported.id());
    }

    @Test
    void anActivityOfAnotherPlanIsNotFound() {
        var unknown = UUID.randomUUID();
        assertThatThrownBy(() -> progress.report(YEAR, NATIONAL, 2, unknown, 0, notStarted()))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND);
                    assertThat(problem.messageCode()).isEqualTo("annualplanning.activity.notFound");
                    assertThat(problem.arguments()).containsExactly(unknown, NATIONAL, YEAR);
                });
        assertThatThrownBy(() -> progress.find(YEAR, NATIONAL, 2, unknown)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND));
    }

    @Test
    void aPlanWithoutReportsHasNoProgress() {
        var owner = new Party("XYZ");
        assertThatThrownBy(() -> progress.report(YEAR, owner, 2, activity.getId(), 0, notStarted()))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.messageCode()).isEqualTo("annualplanning.report.notFound");
                    assertThat(problem.arguments()).containsExactly(owner, YEAR, 2);
                });
        assertThatThrownBy(() -> progress.report(YEAR, NATIONAL, 7, activity.getId(), 0, notStarted()))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.messageCode())
                        .isEqualTo("annualplanning.quarter.invalid"));
    }

    @Test
    void progressIsWrittenOnlyIntoAnEditableReportOfAStartedQuarter() {
        assertThatThrownBy(() -> progress.report(YEAR, NATIONAL, 3, activity.getId(), 0, notStarted()))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.messageCode())
                        .isEqualTo("annualplanning.report.notYetOpen"));
        fixture.reports.submit(YEAR, NATIONAL, 2, 1);
        assertThatThrownBy(() -> progress.report(YEAR, NATIONAL, 2, activity.getId(), 0, notStarted()))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.messageCode()).isEqualTo("annualplanning.report.notEditable");
                    assertThat(problem.arguments()).contains(ReportStatus.SUBMITTED);
                });
        assertThat(fixture.progressRepository.count()).isZero();
    }

    @Test
    void progressIsWrittenOnlyWhileTheCycleIsOpen() {
        fixture.cycles.close(fixture.cycleRepository.findByYear(YEAR).orElseThrow(), 0);
        assertThatThrownBy(() -> progress.report(YEAR, NATIONAL, 2, activity.getId(), 0, notStarted()))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                    assertThat(problem.messageCode()).isEqualTo("annualplanning.cycle.wrongStatus");
                    assertThat(problem.arguments()).containsExactly(YEAR, CycleStatus.CLOSED, CycleStatus.OPEN);
                });
    }

    private static ProgressDetails notStarted() {
        return ProgressDetails.notStarted();
    }
}
