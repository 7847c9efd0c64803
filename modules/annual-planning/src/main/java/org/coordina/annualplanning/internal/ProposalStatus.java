package org.coordina.annualplanning.internal;

/** A proposal waits for its plan's owner, who adopts it into the plan or declines it with a reason. */
public enum ProposalStatus {
    PENDING, ADOPTED, DECLINED
}
