package org.coordina.annualplanning.internal;

import java.time.LocalDate;

import org.coordina.sharedkernel.domain.Party;

/** A quarterly report its owner still has to hand in: its quarter has begun and it is a draft or was returned. */
public record ReportDueEntry(int year, Party owner, int quarter, ReportStatus status, LocalDate dueOn) {

    /** Whether it is past its due date on {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return today.isAfter(dueOn);
    }
}
