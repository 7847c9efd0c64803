package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.coordina.annualplanning.events.ActivityCarriedOver;
import org.coordina.annualplanning.events.ActivityOrigin;
import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.annualplanning.events.PlanningCycleClosed;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;

/** Closing a cycle carries its unfinished activities to the next year's backlog, where owners adopt or decline them. */
@ApplicationModuleTest
class CycleClosingIntegrationTests {

    private static final AtomicInteger YEARS = new AtomicInteger(2070);

    @Autowired
    PlanningCycles cycles;

    @Autowired
    CycleClosing closing;

    @Autowired
    ActivityPlanning activities;

    @Autowired
    Backlog backlog;

    @Autowired
    ProposalList proposals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void closingCarriesOverEveryActivityThatIsNeitherCompletedNorCancelled(Scenario scenario) {
        int year = openCycle();
        var notStarted = activities.add(year, Party.NATIONAL, details("Not started"));
        var postponed = activities.add(year, Party.NATIONAL, details("Postponed"));
        var completed = activities.add(year, Party.NATIONAL, details("Completed"));
        var cancelled = activities.add(year, Party.NATIONAL, details("Cancelled"));
        var completedThenReopened = activities.add(year, Party.NATIONAL, details("Completed in Q1, resumed in Q2"));
        report(completed, 2, ActivityStatus.COMPLETED);
        report(cancelled, 1, ActivityStatus.CANCELLED);
        report(postponed, 1, ActivityStatus.IN_PROGRESS);
        report(postponed, 3, ActivityStatus.POSTPONED);
        report(completedThenReopened, 1, ActivityStatus.COMPLETED);
        report(completedThenReopened, 2, ActivityStatus.IN_PROGRESS);
        long version = cycles.find(year).getVersion();

        scenario.stimulate(() -> closing.close(year, version))
                .andWaitForEventOfType(PlanningCycleClosed.class)
                .matching(event -> event.year() == year)
                .toArriveAndVerify((event, cycle) -> {
                    assertThat(event.activitiesCarriedOver()).isEqualTo(3);
                    assertThat(event.version()).isEqualTo(cycle.getVersion());
                    assertThat(cycle.getStatus()).isEqualTo(CycleStatus.CLOSED);
                });

        var backlogNextYear = proposals.page(year + 1, Party.NATIONAL, null, org.springframework.data.domain.Pageable.unpaged());
        assertThat(backlogNextYear.getContent()).extracting(ProposalEntry::originId)
                .containsExactlyInAnyOrder(notStarted.getId(), postponed.getId(), completedThenReopened.getId());
        assertThat(backlogNextYear.getContent()).allSatisfy(entry -> {
            assertThat(entry.origin()).isEqualTo(ProposalOrigin.CARRY_OVER);
            assertThat(entry.status()).isEqualTo(ProposalStatus.PENDING);
            assertThat(entry.sectionCode()).isEqualTo("II");
        });
    }

    @Test
    void eachCarriedOverActivityIsAnnouncedWithItsLastStatus(PublishedEvents events) {
        int year = openCycle();
        var postponed = activities.add(year, Party.NATIONAL, details("Postponed"));
        report(postponed, 2, ActivityStatus.POSTPONED);

        closing.close(year, cycles.find(year).getVersion());

        assertThat(events.ofType(ActivityCarriedOver.class).matching(event -> event.fromYear() == year))
                .singleElement().satisfies(event -> {
                    assertThat(event.activityId()).isEqualTo(postponed.getId());
                    assertThat(event.toYear()).isEqualTo(year + 1);
                    assertThat(event.lastStatus()).isEqualTo(ActivityStatus.POSTPONED);
                    assertThat(event.owner()).isEqualTo(Party.NATIONAL);
                });
    }

    @Test
    void aClosedCycleIsFrozen() {
        int year = openCycle();
        var closed = closing.close(year, cycles.find(year).getVersion());

        assertThatThrownBy(() -> closing.close(year, closed.getVersion())).isInstanceOf(DomainProblem.class)
                .hasMessageContaining("cycle.wrongStatus");
        assertThatThrownBy(() -> activities.add(year, Party.NATIONAL, details("Late"))).isInstanceOf(DomainProblem.class);
    }

    @Test
    void theNextYearsOwnerAdoptsACarriedOverProposalKeepingTheLinkOrDeclinesOneWithAReason() {
        int year = openCycle();
        var first = activities.add(year, Party.NATIONAL, details("First"));
        activities.add(year, Party.NATIONAL, details("Second"));
        closing.close(year, cycles.find(year).getVersion());
        var next = cycles.draft(year + 1, null, null);
        cycles.open(year + 1, next.getVersion());
        var pending = proposals.page(year + 1, Party.NATIONAL, ProposalStatus.PENDING,
                org.springframework.data.domain.Pageable.unpaged()).getContent();
        var toAdopt = pending.stream().filter(entry -> entry.originId().equals(first.getId())).findFirst().orElseThrow();
        var toDecline = pending.stream().filter(entry -> !entry.originId().equals(first.getId())).findFirst().orElseThrow();

        var adopted = backlog.adopt(year + 1, Party.NATIONAL, toAdopt.id(), toAdopt.version(), null);
        assertThatThrownBy(() -> backlog.decline(year + 1, Party.NATIONAL, toDecline.id(), toDecline.version(), " "))
                .isInstanceOf(DomainProblem.class);
        var declined = backlog.decline(year + 1, Party.NATIONAL, toDecline.id(), toDecline.version(), "Done by a partner");

        assertThat(adopted.getOrigin()).isEqualTo(ActivityOrigin.CARRIED_OVER);
        assertThat(adopted.getOriginProposalId()).isEqualTo(toAdopt.id());
        assertThat(adopted.getCycleYear()).isEqualTo(year + 1);
        assertThat(adopted.getTitleEn()).isEqualTo("First");
        assertThat(backlog.find(year + 1, Party.NATIONAL, toAdopt.id()).getAdoptedActivityId()).isEqualTo(adopted.getId());
        assertThat(declined.getStatus()).isEqualTo(ProposalStatus.DECLINED);
        assertThat(declined.getDeclineReason()).isEqualTo("Done by a partner");
        assertThatThrownBy(() -> backlog.adopt(year + 1, Party.NATIONAL, toDecline.id(), declined.getVersion(), null))
                .isInstanceOf(DomainProblem.class).hasMessageContaining("proposal.notPending");
    }

    @Test
    void aProposalFromAnotherModuleIsRecordedOnceAndWaitsForItsYearsCycle() {
        var origin = UUID.randomUUID();
        int year = YEARS.getAndIncrement() + 500;

        var first = backlog.propose(year, Party.NATIONAL, ProposalOrigin.MEETING_ACTION_ITEM, origin, null,
                "Обучение", "Training", "From the meeting");
        var again = backlog.propose(year, Party.NATIONAL, ProposalOrigin.MEETING_ACTION_ITEM, origin, null,
                "Обучение", "Training", "From the meeting");

        assertThat(first).isNotNull();
        assertThat(again).isNull();
        assertThat(proposals.page(year, Party.NATIONAL, null, org.springframework.data.domain.Pageable.unpaged())
                .getTotalElements()).isEqualTo(1);
    }

    private int openCycle() {
        int year = YEARS.getAndAdd(2);
        var cycle = cycles.draft(year, null, null);
        cycles.open(year, cycle.getVersion());
        return year;
    }

    /** A progress entry as the reporting slice stores it (a report row per plan and quarter, then the progress). */
    private void report(Activity activity, int quarter, ActivityStatus status) {
        var reportId = jdbc.sql("""
                INSERT INTO annualplanning.quarterly_report (id, plan_id, cycle_year, owner, quarter, status, due_on, version,
                  created_by, created_at, last_modified_by, last_modified_at)
                VALUES (gen_random_uuid(), ?, ?, ?, ?, 'DRAFT', ?, 1, 'test', now(), 'test', now())
                ON CONFLICT (plan_id, quarter) DO UPDATE SET version = annualplanning.quarterly_report.version
                RETURNING id""")
                .params(activity.getPlanId(), activity.getCycleYear(), activity.getOwner().value(), quarter,
                        LocalDate.of(activity.getCycleYear(), 12, 31))
                .query(UUID.class).single();
        jdbc.sql("""
                INSERT INTO annualplanning.activity_progress (id, report_id, activity_id, cycle_year, owner, quarter, status,
                  evidence, version, created_by, created_at, last_modified_by, last_modified_at)
                VALUES (gen_random_uuid(), ?, ?, ?, ?, ?, ?, '{}', 1, 'test', now(), 'test', now())""")
                .params(reportId, activity.getId(), activity.getCycleYear(), activity.getOwner().value(), quarter,
                        status.name())
                .update();
    }

    private static ActivityDetails details(String title) {
        return new ActivityDetails("Дейност " + title, title, null, "II", null, null, List.of(), List.of(), null, null,
                null, List.of(), null, List.of());
    }
}
