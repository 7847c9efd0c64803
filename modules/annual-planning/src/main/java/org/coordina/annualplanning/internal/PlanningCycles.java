package org.coordina.annualplanning.internal;

import java.time.Clock;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts, revises, opens and closes planning cycles: the only way a cycle changes. Opening gives the
 * national administration and every active commission a draft plan.
 */
@Service
@Transactional
public class PlanningCycles {

    private final PlanningCycleRepository cycles;

    private final PlanRepository plans;

    private final CommissionRegister commissions;

    private final PlanningHistory history;

    private final Clock clock;

    PlanningCycles(PlanningCycleRepository cycles, PlanRepository plans, CommissionRegister commissions,
            PlanningHistory history, Clock clock) {
        this.cycles = cycles;
        this.plans = plans;
        this.commissions = commissions;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PlanningCycle find(int year) {
        return cycles.findByYear(year)
                .orElseThrow(() -> DomainProblem.notFound("annualplanning.cycle.notFound", year));
    }

    /** Whether a cycle of this year exists (in any status). */
    @Transactional(readOnly = true)
    public boolean exists(int year) {
        return cycles.existsByYear(year);
    }

    /** A new cycle in DRAFT; the default programme and deadlines where none are given. */
    public PlanningCycle draft(int year, Programme programme, CycleDeadlines deadlines) {
        if (cycles.existsByYear(year)) {
            throw DomainProblem.conflict("annualplanning.cycle.yearTaken", year);
        }
        var cycle = cycles.save(PlanningCycle.draft(year, programme == null ? Programme.defaults() : programme,
                deadlines == null ? CycleDeadlines.defaultsFor(year) : deadlines));
        history.created("PlanningCycle", cycle.getId(), cycle.getVersion(), cycle.snapshot());
        return cycle;
    }

    /** Replaces the sections and deadlines of a draft cycle. */
    public PlanningCycle revise(int year, long expectedVersion, Programme programme, CycleDeadlines deadlines) {
        var cycle = current(year, expectedVersion);
        var before = cycle.snapshot();
        if (!cycle.revise(programme, deadlines)) {
            return cycle;
        }
        cycle = cycles.save(cycle);
        history.changed("PlanningCycle", cycle.getId(), cycle.getVersion(), "revised", before, cycle.snapshot(), null);
        return cycle;
    }

    /** Opens the cycle and creates the national plan and a plan per active commission. */
    public PlanningCycle open(int year, long expectedVersion) {
        var cycle = current(year, expectedVersion);
        var before = cycle.snapshot();
        cycle.open(clock.instant());
        cycle = cycles.save(cycle);
        history.changed("PlanningCycle", cycle.getId(), cycle.getVersion(), "opened", before, cycle.snapshot(), null);
        plans.lockPlanCreation();
        ensurePlan(year, Party.NATIONAL);
        for (var commission : commissions.findActive()) {
            ensurePlan(year, new Party(commission.code()));
        }
        return cycle;
    }

    /** Closes the cycle; {@code carriedOver} is how many activities went to the next year's backlog. */
    PlanningCycle close(PlanningCycle cycle, int carriedOver) {
        var before = cycle.snapshot();
        cycle.close(carriedOver, clock.instant());
        cycle = cycles.save(cycle);
        history.changed("PlanningCycle", cycle.getId(), cycle.getVersion(), "closed", before, cycle.snapshot(), null);
        return cycle;
    }

    /** Gives this owner a plan in every open cycle that has none for it yet (a commission established mid-cycle). */
    void planForOpenCycles(Party owner) {
        plans.lockPlanCreation();
        for (PlanningCycle cycle : cycles.findByStatus(CycleStatus.OPEN)) {
            ensurePlan(cycle.getYear(), owner);
        }
    }

    private void ensurePlan(int year, Party owner) {
        if (!plans.existsByCycleYearAndOwner(year, owner.value())) {
            var plan = plans.save(Plan.draft(year, owner));
            history.created("Plan", plan.getId(), plan.getVersion(), plan.snapshot());
        }
    }

    /** The cycle of this year at the version the client read; 412 when it changed since. */
    PlanningCycle current(int year, long expectedVersion) {
        var cycle = find(year);
        StaleVersions.require("Planning cycle " + year, cycle.getVersion(), expectedVersion);
        return cycle;
    }
}
