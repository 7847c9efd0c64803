package org.coordina.annualplanning.internal;

/** Where a proposal of the backlog comes from: an action item agreed at a meeting, or an unfinished activity. */
public enum ProposalOrigin {
    MEETING_ACTION_ITEM, CARRY_OVER
}
