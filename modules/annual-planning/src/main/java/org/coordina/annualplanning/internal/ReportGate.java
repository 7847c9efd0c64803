package org.coordina.annualplanning.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;

/**
 * What a progress change needs to know about its report, read in one small query with the report's row
 * locked {@code FOR SHARE} (so that a submission cannot slip in between the check and the change).
 */
record ReportGate(UUID reportId, UUID planId, int year, Party owner, int quarter, ReportStatus status,
        CycleStatus cycleStatus) {

    /** Refuses the change unless the cycle is open and the report is editable on {@code today}. */
    void requireEditable(LocalDate today) {
        if (cycleStatus != CycleStatus.OPEN) {
            throw DomainProblem.conflict("annualplanning.cycle.wrongStatus", year, cycleStatus, CycleStatus.OPEN);
        }
        QuarterlyReport.requireEditable(owner, year, quarter, status, today);
    }
}
