package org.coordina.annualplanning.internal;

import java.util.UUID;

/** A proposal as the backlog list shows it. */
public record ProposalEntry(UUID id, int targetYear, String owner, ProposalOrigin origin, UUID originId, UUID originMeetingId,
        String sectionCode, String titleBg, String titleEn, ProposalStatus status, String declineReason,
        UUID adoptedActivityId, long version) {
}
