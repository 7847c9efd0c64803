package org.coordina.annualplanning.events;

/** Where an activity stands, as its latest quarterly progress says; NOT_STARTED until it is reported. */
public enum ActivityStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, POSTPONED, CANCELLED;

    /** Whether the activity is finished one way or the other, so that closing a cycle does not carry it over. */
    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
