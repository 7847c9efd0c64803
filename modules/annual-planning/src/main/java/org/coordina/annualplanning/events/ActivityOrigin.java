package org.coordina.annualplanning.events;

/** How an activity came into a plan: typed in, adopted from a proposal of the backlog, or carried over. */
public enum ActivityOrigin {
    MANUAL, PROPOSAL, CARRIED_OVER
}
