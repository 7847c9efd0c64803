package org.coordina.meetings.events;

import org.coordina.sharedkernel.domain.Party;
import java.time.Instant;
import java.util.UUID;

/**
 * A meeting's minutes were published when it closed, or corrected afterwards ({@code correction}, with
 * the reason).
 */
public record MinutesPublished(UUID eventId, Instant occurredAt, UUID meetingId, long version, Party organiser,
        boolean correction, String reason) {
}
