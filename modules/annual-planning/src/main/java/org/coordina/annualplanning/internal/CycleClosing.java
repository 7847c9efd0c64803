package org.coordina.annualplanning.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a planning cycle: every activity that is neither COMPLETED nor CANCELLED goes to the next year's
 * backlog as a proposal for the same owner, then the cycle is frozen. One transaction: either all of it
 * happens or none.
 */
@Service
@Transactional
public class CycleClosing {

    private final PlanningCycles cycles;

    private final Backlog backlog;

    CycleClosing(PlanningCycles cycles, Backlog backlog) {
        this.cycles = cycles;
        this.backlog = backlog;
    }

    public PlanningCycle close(int year, long expectedVersion) {
        var cycle = cycles.current(year, expectedVersion);
        cycle.requireOpen();
        int carried = backlog.carryOver(year);
        return cycles.close(cycle, carried);
    }
}
