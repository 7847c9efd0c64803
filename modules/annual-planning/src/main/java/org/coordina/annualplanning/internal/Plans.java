package org.coordina.annualplanning.internal;

import java.time.Clock;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits, returns, approves and reopens plans: the only way a plan's status changes. Every transition
 * needs the plan's cycle to be open, and is kept in the plan's history with its reason.
 */
@Service
@Transactional
public class Plans {

    private final PlanRepository plans;

    private final ActivityRepository activities;

    private final PlanningCycles cycles;

    private final PlanningHistory history;

    private final Clock clock;

    private final QuarterlyReportSchedule reports;

    Plans(PlanRepository plans, ActivityRepository activities, PlanningCycles cycles, PlanningHistory history,
            Clock clock, QuarterlyReportSchedule reports) {
        this.plans = plans;
        this.activities = activities;
        this.cycles = cycles;
        this.history = history;
        this.clock = clock;
        this.reports = reports;
    }

    @Transactional(readOnly = true)
    public Plan find(int year, Party owner) {
        return plans.findByCycleYearAndOwner(year, owner.value())
                .orElseThrow(() -> DomainProblem.notFound("annualplanning.plan.notFound", owner, year));
    }

    public Plan submit(int year, Party owner, long expectedVersion) {
        var plan = current(year, owner, expectedVersion);
        var before = plan.snapshot();
        plan.submit(activities.countByPlanId(plan.getId()), clock.instant());
        return save(plan, "submitted", before, null);
    }

    public Plan returnWith(int year, Party owner, long expectedVersion, String reasons) {
        var plan = current(year, owner, expectedVersion);
        var before = plan.snapshot();
        plan.returnWith(reasons, clock.instant());
        return save(plan, "returned", before, plan.getReturnReasons());
    }

    public Plan approve(int year, Party owner, long expectedVersion) {
        var plan = current(year, owner, expectedVersion);
        var before = plan.snapshot();
        plan.approve(activities.countByPlanId(plan.getId()), clock.instant());
        var approved = save(plan, "approved", before, null);
        // An approved plan is reported on quarter by quarter (reports kept from an earlier approval stay).
        reports.openFor(approved);
        return approved;
    }

    public Plan reopen(int year, Party owner, long expectedVersion, String reason) {
        var plan = current(year, owner, expectedVersion);
        var before = plan.snapshot();
        plan.reopen(reason, clock.instant());
        return save(plan, "reopened", before, reason.strip());
    }

    /** The plan, in an open cycle, for a change of its activities or reports. */
    Plan inOpenCycle(int year, Party owner) {
        cycles.find(year).requireOpen();
        return find(year, owner);
    }

    private Plan save(Plan plan, String action, java.util.Map<String, Object> before, String reason) {
        var saved = plans.save(plan);
        history.changed("Plan", saved.getId(), saved.getVersion(), action, before, saved.snapshot(), reason);
        return saved;
    }

    private Plan current(int year, Party owner, long expectedVersion) {
        var plan = inOpenCycle(year, owner);
        StaleVersions.require("The plan of " + owner + " for " + year, plan.getVersion(), expectedVersion);
        return plan;
    }
}
