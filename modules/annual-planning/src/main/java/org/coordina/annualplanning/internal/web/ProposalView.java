package org.coordina.annualplanning.internal.web;

import java.util.UUID;

import org.coordina.annualplanning.internal.ProposalOrigin;
import org.coordina.annualplanning.internal.ProposalStatus;

/** A proposal of the backlog: where it comes from, what it proposes, and what the owner decided. */
record ProposalView(UUID id, int targetYear, String owner, ProposalOrigin origin, UUID originId, String sectionCode,
        String titleBg, String titleEn, ProposalStatus status, String declineReason, UUID adoptedActivityId,
        long version) {
}
