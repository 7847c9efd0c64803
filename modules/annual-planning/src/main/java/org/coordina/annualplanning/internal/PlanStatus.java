package org.coordina.annualplanning.internal;

/** A plan is drafted, submitted, returned with reasons (and submitted again), then approved. */
public enum PlanStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED;

    /** Whether the plan's owner may change its activities. */
    boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
