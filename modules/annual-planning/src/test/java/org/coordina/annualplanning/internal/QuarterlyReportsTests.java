package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coordina.annualplanning.internal.ReportingServiceFixture.YEAR;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.annualplanning.events.QuarterlyReportAccepted;
import org.coordina.annualplanning.events.QuarterlyReportDueSoon;
import org.coordina.annualplanning.events.QuarterlyReportOverdue;
import org.coordina.annualplanning.events.QuarterlyReportReopened;
import org.coordina.annualplanning.events.QuarterlyReportReturned;
import org.coordina.annualplanning.events.QuarterlyReportSubmitted;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class QuarterlyReportsTests {

    final ReportingServiceFixture fixture = new ReportingServiceFixture();

    final QuarterlyReports reports = fixture.reports;

    static final Party NATIONAL = Party.NATIONAL;

    @Test
    void approvingAPlanGivesItFourDraftReportsDueAfterEachQuarter() {
        fixture.nationalPlan("Campaign");
        assertThat(reports.of(YEAR, NATIONAL)).isEmpty();
        var plan = fixture.plans.find(YEAR, NATIONAL);
        var submitted = fixture.plans.submit(YEAR, NATIONAL, plan.getVersion());
        var approved = fixture.plans.approve(YEAR, NATIONAL, submitted.getVersion());

        var four = reports.of(YEAR, NATIONAL);
        assertThat(four).extracting(QuarterlyReport::getQuarter).containsExactly(1, 2, 3, 4);
        assertThat(four).extracting(QuarterlyReport::getDueOn).containsExactly(LocalDate.of(YEAR, 4, 15),
                LocalDate.of(YEAR, 7, 15), LocalDate.of(YEAR, 10, 15), LocalDate.of(YEAR + 1, 1, 15));
        assertThat(four).allSatisfy(report -> {
            assertThat(report.getPlanId()).isEqualTo(approved.getId());
            assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
            assertThat(report.getVersion()).isEqualTo(1);
        });
        assertThat(fixture.store.actions("QuarterlyReport")).containsExactly("created", "created", "created", "created");
    }

    @Test
    void onlyAnApprovedPlanGetsReports() {
        fixture.nationalPlan("Campaign");
        var schedule = new QuarterlyReportSchedule(fixture.reportRepository, fixture.cycleRepository, fixture.history);
        assertThatThrownBy(() -> schedule.openFor(fixture.plans.find(YEAR, NATIONAL)))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.messageCode()).isEqualTo("annualplanning.plan.wrongStatus");
                    assertThat(problem.arguments()).contains(PlanStatus.DRAFT);
                });
        assertThat(fixture.reportRepository.count()).isZero();
    }

    @Test
    void aPlanApprovedAgainKeepsTheReportsItHas() {
        fixture.approvedNationalPlan("Campaign");
        var before = reports.of(YEAR, NATIONAL);
        fixture.clock.setDay(YEAR, 2, 1);
        reports.submit(YEAR, NATIONAL, 1, 1);
        var plan = fixture.plans.find(YEAR, NATIONAL);
        var reopened = fixture.plans.reopen(YEAR, NATIONAL, plan.getVersion(), "More");
        var submitted = fixture.plans.submit(YEAR, NATIONAL, reopened.getVersion());
        fixture.plans.approve(YEAR, NATIONAL, submitted.getVersion());

        assertThat(reports.of(YEAR, NATIONAL)).containsExactlyElementsOf(before);
        assertThat(reports.find(YEAR, NATIONAL, 1).getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(fixture.store.actions("QuarterlyReport")).containsExactly("submitted");
    }

    @Test
    void aReportOfAPlanNotApprovedDoesNotExist() {
        fixture.nationalPlan("Campaign");
        assertThatThrownBy(() -> reports.find(YEAR, NATIONAL, 1)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND);
                    assertThat(problem.messageCode()).isEqualTo("annualplanning.report.notFound");
                    assertThat(problem.arguments()).containsExactly(NATIONAL, YEAR, 1);
                });
        assertThatThrownBy(() -> reports.submit(YEAR, NATIONAL, 1, 0)).isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> reports.find(YEAR, NATIONAL, 5)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.messageCode()).isEqualTo("annualplanning.quarter.invalid"));
        assertThatThrownBy(() -> reports.submit(YEAR, NATIONAL, 0, 1)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.messageCode()).isEqualTo("annualplanning.quarter.invalid"));
    }

    @Test
    void submittingCountsThePlansActivitiesByTheirStatusInTheQuarter() {
        var activities = fixture.approvedNationalPlan("Done", "Going", "Untouched");
        fixture.clock.setDay(YEAR, 4, 1);
        fixture.progress.report(YEAR, NATIONAL, 2, activities.get(0).getId(), 0, details(ActivityStatus.COMPLETED));
        fixture.progress.report(YEAR, NATIONAL, 2, activities.get(1).getId(), 0, details(ActivityStatus.IN_PROGRESS));
        fixture.progress.report(YEAR, NATIONAL, 1, activities.get(1).getId(), 0, details(ActivityStatus.CANCELLED));
        fixture.published.clear();

        var submitted = reports.submit(YEAR, NATIONAL, 2, 1);

        assertThat(submitted.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.getVersion()).isEqualTo(2);
        assertThat(submitted.getSubmittedAt()).isEqualTo(fixture.clock.instant());
        assertThat(fixture.events(QuarterlyReportSubmitted.class)).singleElement().satisfies(event -> {
            assertThat(event.reportId()).isEqualTo(submitted.getId());
            assertThat(event.version()).isEqualTo(2);
            assertThat(event.activitiesByStatus()).isEqualTo(Map.of(ActivityStatus.NOT_STARTED, 1,
                    ActivityStatus.IN_PROGRESS, 1, ActivityStatus.COMPLETED, 1, ActivityStatus.POSTPONED, 0,
                    ActivityStatus.CANCELLED, 0));
        });
        assertThat(fixture.store.entries).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("submitted");
            assertThat(entry.aggregateId()).isEqualTo(submitted.getId());
            assertThat(entry.aggregateVersion()).isEqualTo(2);
            assertThat(entry.reason()).isNull();
        });
    }

    @Test
    void aReportIsSubmittedFromTheFirstDayOfItsQuarterInSofia() {
        fixture.approvedNationalPlan("Campaign");
        fixture.clock.set(java.time.Instant.parse("2030-03-31T20:59:59Z"));
        assertThatThrownBy(() -> reports.submit(YEAR, NATIONAL, 2, 1)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.messageCode()).isEqualTo("annualplanning.report.notYetOpen"));
        fixture.clock.set(java.time.Instant.parse("2030-03-31T21:00:00Z"));
        assertThat(reports.today()).isEqualTo(LocalDate.of(YEAR, 4, 1));
        assertThat(reports.submit(YEAR, NATIONAL, 2, 1).getStatus()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        fixture.approvedNationalPlan("Campaign");
        fixture.clock.setDay(YEAR, 2, 1);
        assertThatThrownBy(() -> reports.submit(YEAR, NATIONAL, 1, 2)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> reports.accept(YEAR, NATIONAL, 1, 0)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(reports.find(YEAR, NATIONAL, 1).getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(fixture.published).isEmpty();
        assertThat(fixture.store.entries).isEmpty();
    }

    @Test
    void theNationalAdministrationReturnsAcceptsAndReopensWithTheirReasonsInTheHistory() {
        fixture.approvedNationalPlan("Campaign");
        fixture.clock.setDay(YEAR, 2, 1);
        reports.submit(YEAR, NATIONAL, 1, 1);
        var returned = reports.returnWith(YEAR, NATIONAL, 1, 2, " Add evidence ");
        assertThat(returned.getStatus()).isEqualTo(ReportStatus.RETURNED);
        reports.submit(YEAR, NATIONAL, 1, 3);
        var accepted = reports.accept(YEAR, NATIONAL, 1, 4);
        assertThat(accepted.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
        var reopened = reports.reopen(YEAR, NATIONAL, 1, 5, "Wrong figures");
        assertThat(reopened.getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat(reopened.getVersion()).isEqualTo(6);

        assertThat(fixture.events(QuarterlyReportReturned.class)).singleElement()
                .satisfies(event -> assertThat(event.comments()).isEqualTo("Add evidence"));
        assertThat(fixture.events(QuarterlyReportAccepted.class)).singleElement()
                .satisfies(event -> assertThat(event.version()).isEqualTo(5));
        assertThat(fixture.events(QuarterlyReportReopened.class)).singleElement()
                .satisfies(event -> assertThat(event.reason()).isEqualTo("Wrong figures"));
        assertThat(reports.history(YEAR, NATIONAL, 1)).extracting(HistoryEntry::action, HistoryEntry::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("submitted", null),
                        org.assertj.core.groups.Tuple.tuple("returned", "Add evidence"),
                        org.assertj.core.groups.Tuple.tuple("submitted", null),
                        org.assertj.core.groups.Tuple.tuple("accepted", null),
                        org.assertj.core.groups.Tuple.tuple("reopened", "Wrong figures"));
    }

    @Test
    void theHistoryOfAReportIncludesItsProgressEntries() {
        var activities = fixture.approvedNationalPlan("Campaign", "Training");
        fixture.clock.setDay(YEAR, 4, 2);
        var first = fixture.progress.report(YEAR, NATIONAL, 1, activities.get(0).getId(), 0,
                details(ActivityStatus.IN_PROGRESS));
        fixture.progress.report(YEAR, NATIONAL, 2, activities.get(1).getId(), 0, details(ActivityStatus.IN_PROGRESS));
        reports.submit(YEAR, NATIONAL, 1, 1);

        assertThat(reports.history(YEAR, NATIONAL, 1)).extracting(HistoryEntry::aggregateId, HistoryEntry::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.getId(), "created"),
                        org.assertj.core.groups.Tuple.tuple(reports.find(YEAR, NATIONAL, 1).getId(), "submitted"));
    }

    @Test
    void reportsChangeOnlyWhileTheCycleIsOpen() {
        fixture.approvedNationalPlan("Campaign");
        fixture.clock.setDay(YEAR, 2, 1);
        var cycle = fixture.cycleRepository.findByYear(YEAR).orElseThrow();
        fixture.cycles.close(cycle, 0);
        assertThatThrownBy(() -> reports.submit(YEAR, NATIONAL, 1, 1)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> {
                    assertThat(problem.messageCode()).isEqualTo("annualplanning.cycle.wrongStatus");
                    assertThat(problem.arguments()).contains(CycleStatus.CLOSED);
                });
    }

    @Test
    void theOverdueRoundAnnouncesEachReportPastItsDueDateOnce() {
        fixture.approvedNationalPlan("Campaign");
        fixture.clock.setDay(YEAR, 4, 15);
        assertThat(reports.announceOverdue()).isZero();
        fixture.clock.setDay(YEAR, 7, 16);
        assertThat(reports.announceOverdue()).isEqualTo(2);
        assertThat(reports.announceOverdue()).isZero();

        assertThat(fixture.events(QuarterlyReportOverdue.class)).extracting(QuarterlyReportOverdue::quarter)
                .containsExactly(1, 2);
        assertThat(reports.find(YEAR, NATIONAL, 1).getOverdueNotifiedAt()).isEqualTo(fixture.clock.instant());
        assertThat(reports.find(YEAR, NATIONAL, 1).getVersion()).isEqualTo(2);
        assertThat(reports.find(YEAR, NATIONAL, 3).getOverdueNotifiedAt()).isNull();
        assertThat(fixture.store.actions("QuarterlyReport")).containsExactly("overdue", "overdue");
    }

    @Test
    void theDueSoonRoundAnnouncesEachReportDueWithinSevenDaysOnce() {
        fixture.approvedNationalPlan("Campaign");
        fixture.clock.setDay(YEAR, 4, 7);
        assertThat(reports.announceDueSoon()).isZero();
        fixture.clock.setDay(YEAR, 4, 8);
        assertThat(reports.announceDueSoon()).isEqualTo(1);
        assertThat(reports.announceDueSoon()).isZero();
        fixture.clock.setDay(YEAR, 7, 10);
        assertThat(reports.announceDueSoon()).isEqualTo(1);

        assertThat(fixture.events(QuarterlyReportDueSoon.class)).extracting(QuarterlyReportDueSoon::quarter)
                .containsExactly(1, 2);
        assertThat(reports.find(YEAR, NATIONAL, 2).getDueSoonNotifiedAt()).isEqualTo(fixture.clock.instant());
        assertThat(reports.find(YEAR, NATIONAL, 2).getVersion()).isEqualTo(2);
        assertThat(reports.find(YEAR, NATIONAL, 3).getDueSoonNotifiedAt()).isNull();
        assertThat(fixture.store.actions("QuarterlyReport")).containsExactly("due-soon", "due-soon");
    }

    @Test
    void theDueSoonRoundSkipsSubmittedReportsAndWaitsForTheLock() {
        fixture.approvedNationalPlan("Campaign");
        fixture.clock.setDay(YEAR, 2, 1);
        reports.submit(YEAR, NATIONAL, 1, 1);
        fixture.published.clear();
        fixture.clock.setDay(YEAR, 4, 10);
        assertThat(reports.announceDueSoon()).isZero();
        fixture.clock.setDay(YEAR, 7, 10);
        fixture.queries.lockFree = false;
        assertThat(reports.announceDueSoon()).isZero();
        assertThat(fixture.published).isEmpty();
        fixture.queries.lockFree = true;
        assertThat(reports.announceDueSoon()).isEqualTo(1);
    }

    @Test
    void theOverdueRoundIsSkippedWhileAnotherInstanceRunsIt() {
        fixture.approvedNationalPlan("Campaign");
        fixture.clock.setDay(YEAR, 7, 16);
        fixture.queries.lockFree = false;
        assertThat(reports.announceOverdue()).isZero();
        assertThat(fixture.published).isEmpty();
        assertThat(reports.find(YEAR, NATIONAL, 1).getOverdueNotifiedAt()).isNull();
    }

    @Test
    void aSubmittedReportIsNotOverdue() {
        fixture.approvedNationalPlan("Campaign");
        fixture.clock.setDay(YEAR, 2, 1);
        reports.submit(YEAR, NATIONAL, 1, 1);
        fixture.published.clear();
        fixture.clock.setDay(YEAR, 5, 1);
        assertThat(reports.announceOverdue()).isZero();
        assertThat(fixture.published).isEmpty();
    }

    @Test
    void todayIsTheDateInTheReportingTimeZone() {
        fixture.clock.set(java.time.Instant.parse("2030-06-30T21:30:00Z"));
        assertThat(reports.today()).isEqualTo(LocalDate.of(YEAR, 7, 1));
    }

    private static ProgressDetails details(ActivityStatus status) {
        return new ProgressDetails(status, null, null, List.of(), Set.of());
    }
}
