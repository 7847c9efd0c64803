package org.coordina.meetings.events;

import org.coordina.sharedkernel.domain.Party;
import java.time.Instant;
import java.util.UUID;

/** A meeting took a decision. */
public record DecisionRecorded(UUID eventId, Instant occurredAt, UUID meetingId, long version, UUID decisionId,
        Party organiser, String textBg, String textEn) {
}
