package org.coordina.annualplanning.internal.web;

import java.util.UUID;

import org.coordina.annualplanning.internal.ProposalOrigin;
import org.coordina.annualplanning.internal.ProposalStatus;

/**
 * A proposal of the backlog: where it comes from (an unfinished activity, or a meeting's action item and its
 * meeting), what it proposes, and what the owner decided.
 */
record ProposalView(UUID id, int targetYear, String owner, ProposalOrigin origin, UUID originId, UUID originMeetingId,
        String sectionCode,
        String titleBg, String titleEn, ProposalStatus status, String declineReason, UUID adoptedActivityId,
        long version) {
}
