package org.coordina.meetings.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/** A meeting took a decision. */
public record DecisionRecorded(UUID eventId, Instant occurredAt, UUID meetingId, long version, UUID decisionId,
        Party organiser, String textBg, String textEn) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return meetingId.toString();
    }
}
