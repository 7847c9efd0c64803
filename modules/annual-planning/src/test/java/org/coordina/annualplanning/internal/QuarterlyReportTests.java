package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.annualplanning.events.QuarterlyReportAccepted;
import org.coordina.annualplanning.events.QuarterlyReportDueSoon;
import org.coordina.annualplanning.events.QuarterlyReportOverdue;
import org.coordina.annualplanning.events.QuarterlyReportReopened;
import org.coordina.annualplanning.events.QuarterlyReportReturned;
import org.coordina.annualplanning.events.QuarterlyReportSubmitted;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class QuarterlyReportTests {

    static final Instant NOW = Instant.parse("2030-05-02T09:00:00Z");

    static final LocalDate IN_Q2 = LocalDate.of(2030, 5, 2);

    final Plan plan = Plan.draft(2030, new Party("ABC"));

    final QuarterlyReport report = QuarterlyReport.open(plan, 2, LocalDate.of(2030, 7, 15));

    @Test
    void aNewReportIsADraftOfThePlansQuarterWithItsDueDate() {
        assertThat(report.getId()).isNotNull();
        assertThat(report.getPlanId()).isEqualTo(plan.getId());
        assertThat(report.getCycleYear()).isEqualTo(2030);
        assertThat(report.getOwner()).isEqualTo(new Party("ABC"));
        assertThat(report.getQuarter()).isEqualTo(2);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(report.getDueOn()).isEqualTo(LocalDate.of(2030, 7, 15));
        assertThat(report.getComments()).isNull();
        assertThat(report.getSubmittedAt()).isNull();
        assertThat(report.getOverdueNotifiedAt()).isNull();
        assertThat(report.getDueSoonNotifiedAt()).isNull();
        assertThat(report.getVersion()).isZero();
        assertThat(events()).isEmpty();
    }

    @Test
    void thereIsNoFifthQuarter() {
        assertThatThrownBy(() -> QuarterlyReport.open(plan, 5, LocalDate.of(2031, 1, 15)))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.messageCode())
                        .isEqualTo("annualplanning.quarter.invalid"));
    }

    @Test
    void submittingCountsEveryStatusAndStampsTheTime() {
        version(3);
        report.submit(Map.of(ActivityStatus.IN_PROGRESS, 2, ActivityStatus.NOT_STARTED, 1), NOW, IN_Q2);

        assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.getSubmittedAt()).isEqualTo(NOW);
        assertThat(events()).singleElement().isInstanceOfSatisfying(QuarterlyReportSubmitted.class, event -> {
            assertThat(event.reportId()).isEqualTo(report.getId());
            assertThat(event.version()).isEqualTo(4);
            assertThat(event.year()).isEqualTo(2030);
            assertThat(event.owner()).isEqualTo(new Party("ABC"));
            assertThat(event.quarter()).isEqualTo(2);
            assertThat(event.occurredAt()).isEqualTo(NOW);
            assertThat(event.eventId()).isNotNull();
            assertThat(event.activitiesByStatus()).isEqualTo(Map.of(ActivityStatus.NOT_STARTED, 1,
                    ActivityStatus.IN_PROGRESS, 2, ActivityStatus.COMPLETED, 0, ActivityStatus.POSTPONED, 0,
                    ActivityStatus.CANCELLED, 0));
        });
    }

    @Test
    void aReportIsWrittenFromTheFirstDayOfItsQuarter() {
        assertThatThrownBy(() -> report.submit(Map.of(), NOW, LocalDate.of(2030, 3, 31)))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                    assertThat(problem.messageCode()).isEqualTo("annualplanning.report.notYetOpen");
                    assertThat(problem.arguments()).containsExactly(new Party("ABC"), 2030, 2,
                            LocalDate.of(2030, 4, 1));
                });
        report.submit(Map.of(), NOW, LocalDate.of(2030, 4, 1));
        assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void onlyDraftAndReturnedReportsAreEditable() {
        QuarterlyReport.requireEditable(new Party("ABC"), 2030, 2, ReportStatus.DRAFT, IN_Q2);
        QuarterlyReport.requireEditable(new Party("ABC"), 2030, 2, ReportStatus.RETURNED, IN_Q2);
        for (ReportStatus status : new ReportStatus[] { ReportStatus.SUBMITTED, ReportStatus.ACCEPTED }) {
            assertThatThrownBy(() -> QuarterlyReport.requireEditable(new Party("ABC"), 2030, 2, status, IN_Q2))
                    .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                        assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                        assertThat(problem.messageCode()).isEqualTo("annualplanning.report.notEditable");
                        assertThat(problem.arguments()).containsExactly(new Party("ABC"), 2030, 2, status);
                    });
        }
    }

    @Test
    void aSubmittedReportIsAcceptedAndThenLocked() {
        report.submit(Map.of(), NOW, IN_Q2);
        version(2);
        events();
        report.accept(NOW);

        assertThat(report.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(events()).singleElement().isInstanceOfSatisfying(QuarterlyReportAccepted.class, event -> {
            assertThat(event.eventId()).isNotNull();
            assertThat(event).isEqualTo(new QuarterlyReportAccepted(event.eventId(), NOW, report.getId(), 3, 2030,
                    new Party("ABC"), 2));
        });
        conflict(() -> report.submit(Map.of(), NOW, IN_Q2), "annualplanning.report.notEditable", ReportStatus.ACCEPTED);
        conflict(() -> report.accept(NOW), "annualplanning.report.wrongStatus", ReportStatus.ACCEPTED);
        conflict(() -> report.returnWith("No", NOW), "annualplanning.report.wrongStatus", ReportStatus.ACCEPTED);
    }

    @Test
    void aSubmittedReportIsReturnedWithCommentsAndSubmittedAgain() {
        report.submit(Map.of(), NOW, IN_Q2);
        version(2);
        events();
        report.returnWith("  Add the evidence  ", NOW);

        assertThat(report.getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat(report.getComments()).isEqualTo("Add the evidence");
        assertThat(events()).singleElement().isInstanceOfSatisfying(QuarterlyReportReturned.class, event -> {
            assertThat(event.comments()).isEqualTo("Add the evidence");
            assertThat(event.version()).isEqualTo(3);
            assertThat(event.quarter()).isEqualTo(2);
            assertThat(event.reportId()).isEqualTo(report.getId());
        });
        report.submit(Map.of(), NOW, IN_Q2);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        report.accept(NOW);
        assertThat(report.getComments()).isNull();
    }

    @Test
    void returningNeedsComments() {
        report.submit(Map.of(), NOW, IN_Q2);
        for (String blank : new String[] { null, " " }) {
            assertThatThrownBy(() -> report.returnWith(blank, NOW)).isInstanceOfSatisfying(DomainProblem.class,
                    problem -> {
                        assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.RULE_VIOLATED);
                        assertThat(problem.messageCode()).isEqualTo("annualplanning.reasonRequired");
                    });
        }
        assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void anAcceptedReportIsReopenedWithAReasonAsReturned() {
        report.submit(Map.of(), NOW, IN_Q2);
        report.accept(NOW);
        version(3);
        events();
        assertThatThrownBy(() -> report.reopen(" ", NOW)).isInstanceOf(DomainProblem.class);
        report.reopen(" Wrong figures ", NOW);

        assertThat(report.getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat(report.getComments()).isEqualTo("Wrong figures");
        assertThat(events()).singleElement().isInstanceOfSatisfying(QuarterlyReportReopened.class, event -> {
            assertThat(event.reason()).isEqualTo("Wrong figures");
            assertThat(event.version()).isEqualTo(4);
            assertThat(event.owner()).isEqualTo(new Party("ABC"));
        });
    }

    @Test
    void illegalTransitionsNameTheCurrentStatus() {
        conflict(() -> report.accept(NOW), "annualplanning.report.wrongStatus", ReportStatus.DRAFT);
        conflict(() -> report.returnWith("No", NOW), "annualplanning.report.wrongStatus", ReportStatus.DRAFT);
        conflict(() -> report.reopen("No", NOW), "annualplanning.report.wrongStatus", ReportStatus.DRAFT);
        report.submit(Map.of(), NOW, IN_Q2);
        conflict(() -> report.submit(Map.of(), NOW, IN_Q2), "annualplanning.report.notEditable", ReportStatus.SUBMITTED);
        conflict(() -> report.reopen("No", NOW), "annualplanning.report.wrongStatus", ReportStatus.SUBMITTED);
        report.returnWith("Redo", NOW);
        conflict(() -> report.accept(NOW), "annualplanning.report.wrongStatus", ReportStatus.RETURNED);
        conflict(() -> report.reopen("No", NOW), "annualplanning.report.wrongStatus", ReportStatus.RETURNED);
    }

    @Test
    void aReportIsOverdueTheDayAfterItsDueDateUntilItIsHandedIn() {
        assertThat(report.isOverdue(LocalDate.of(2030, 7, 15))).isFalse();
        assertThat(report.isOverdue(LocalDate.of(2030, 7, 16))).isTrue();
        report.submit(Map.of(), NOW, IN_Q2);
        assertThat(report.isOverdue(LocalDate.of(2030, 7, 16))).isFalse();
        report.returnWith("Redo", NOW);
        assertThat(report.isOverdue(LocalDate.of(2030, 7, 16))).isTrue();
        report.submit(Map.of(), NOW, IN_Q2);
        report.accept(NOW);
        assertThat(report.isOverdue(LocalDate.of(2030, 8, 16))).isFalse();
    }

    @Test
    void anOverdueReportIsAnnouncedOnce() {
        var later = Instant.parse("2030-07-16T00:30:00Z");
        assertThat(report.markOverdue(LocalDate.of(2030, 7, 15), later)).isFalse();
        assertThat(report.getOverdueNotifiedAt()).isNull();
        assertThat(events()).isEmpty();

        version(1);
        assertThat(report.markOverdue(LocalDate.of(2030, 7, 16), later)).isTrue();
        assertThat(report.getOverdueNotifiedAt()).isEqualTo(later);
        assertThat(events()).singleElement().isInstanceOfSatisfying(QuarterlyReportOverdue.class, event -> {
            assertThat(event.dueOn()).isEqualTo(LocalDate.of(2030, 7, 15));
            assertThat(event.version()).isEqualTo(2);
            assertThat(event.occurredAt()).isEqualTo(later);
            assertThat(event.reportId()).isEqualTo(report.getId());
            assertThat(event.quarter()).isEqualTo(2);
            assertThat(event.year()).isEqualTo(2030);
        });
        assertThat(report.markOverdue(LocalDate.of(2030, 7, 17), later)).isFalse();
        assertThat(events()).isEmpty();
    }

    @Test
    void aSubmittedReportIsNotAnnouncedAsOverdue() {
        report.submit(Map.of(), NOW, IN_Q2);
        events();
        assertThat(report.markOverdue(LocalDate.of(2030, 8, 1), NOW)).isFalse();
        assertThat(report.getOverdueNotifiedAt()).isNull();
        assertThat(events()).isEmpty();
    }

    @Test
    void aReportIsAnnouncedAsDueSoonFromSevenDaysBeforeItsDueDateThroughTheDueDay() {
        assertThat(dueSoonOn(LocalDate.of(2030, 7, 7))).isFalse();
        assertThat(dueSoonOn(LocalDate.of(2030, 7, 8))).isTrue();
        assertThat(dueSoonOn(LocalDate.of(2030, 7, 15))).isTrue();
        assertThat(dueSoonOn(LocalDate.of(2030, 7, 16))).isFalse();
        assertThat(report.markOverdue(LocalDate.of(2030, 7, 16), NOW)).isTrue();
    }

    @Test
    void aReportDueSoonIsAnnouncedOnceWithItsDueDate() {
        var later = Instant.parse("2030-07-08T00:30:00Z");
        version(1);
        assertThat(report.markDueSoon(LocalDate.of(2030, 7, 8), later)).isTrue();
        assertThat(report.getDueSoonNotifiedAt()).isEqualTo(later);
        assertThat(events()).singleElement().isInstanceOfSatisfying(QuarterlyReportDueSoon.class, event -> {
            assertThat(event.dueOn()).isEqualTo(LocalDate.of(2030, 7, 15));
            assertThat(event.version()).isEqualTo(2);
            assertThat(event.occurredAt()).isEqualTo(later);
            assertThat(event.reportId()).isEqualTo(report.getId());
            assertThat(event.aggregateId()).isEqualTo(report.getId().toString());
            assertThat(event.owner()).isEqualTo(new Party("ABC"));
            assertThat(event.quarter()).isEqualTo(2);
            assertThat(event.year()).isEqualTo(2030);
        });
        assertThat(report.markDueSoon(LocalDate.of(2030, 7, 9), NOW)).isFalse();
        assertThat(report.getDueSoonNotifiedAt()).isEqualTo(later);
        assertThat(events()).isEmpty();
    }

    @Test
    void aSubmittedReportIsNotAnnouncedAsDueSoonButAReturnedOneIs() {
        report.submit(Map.of(), NOW, IN_Q2);
        events();
        assertThat(report.markDueSoon(LocalDate.of(2030, 7, 10), NOW)).isFalse();
        assertThat(report.getDueSoonNotifiedAt()).isNull();
        assertThat(events()).isEmpty();
        report.returnWith("Redo", NOW);
        events();
        assertThat(report.markDueSoon(LocalDate.of(2030, 7, 10), NOW)).isTrue();
        assertThat(events()).singleElement().isInstanceOf(QuarterlyReportDueSoon.class);
    }

    @Test
    void theSnapshotHoldsWhatHistoryCompares() {
        report.submit(Map.of(), NOW, IN_Q2);
        report.returnWith("Redo", NOW);
        var earlier = NOW.minusSeconds(86_400);
        report.markDueSoon(LocalDate.of(2030, 7, 15), earlier);
        report.markOverdue(LocalDate.of(2030, 7, 16), NOW);
        assertThat(report.snapshot())
                .containsOnlyKeys("status", "comments", "dueOn", "overdueNotifiedAt", "dueSoonNotifiedAt")
                .containsEntry("status", ReportStatus.RETURNED).containsEntry("comments", "Redo")
                .containsEntry("dueOn", LocalDate.of(2030, 7, 15)).containsEntry("overdueNotifiedAt", NOW)
                .containsEntry("dueSoonNotifiedAt", earlier);
    }

    /** Whether a fresh copy of the report would be announced as due soon on {@code today}. */
    private boolean dueSoonOn(LocalDate today) {
        var fresh = QuarterlyReport.open(plan, 2, LocalDate.of(2030, 7, 15));
        boolean announced = fresh.markDueSoon(today, NOW);
        assertThat(fresh.getDueSoonNotifiedAt()).isEqualTo(announced ? NOW : null);
        return announced;
    }

    private void conflict(Runnable change, String code, ReportStatus current) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
            assertThat(problem.messageCode()).isEqualTo(code);
            assertThat(problem.arguments()).contains(current);
        });
    }

    private void version(long version) {
        ReflectionTestUtils.setField(report, "version", version);
    }

    /** The events registered since the last call. */
    private Collection<Object> events() {
        Collection<Object> registered = java.util.List.copyOf(
                (Collection<?>) ReflectionTestUtils.invokeMethod(report, "domainEvents"));
        ReflectionTestUtils.invokeMethod(report, "clearDomainEvents");
        return registered;
    }
}
