package org.coordina.meetings.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/** An agreed action item was done or dropped (or reopened). */
public record ActionItemStatusChanged(UUID eventId, Instant occurredAt, UUID meetingId, long version, UUID itemId,
        Party responsible, ActionItemStatus previousStatus, ActionItemStatus status) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return meetingId.toString();
    }
}
