package org.coordina.meetings.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/**
 * A meeting agreed an action item: everything annual planning needs to propose it in the backlog of
 * {@code targetYear} for {@code responsible}, linked back to the meeting and the item. {@code sectionCode}
 * (a programme section such as {@code II}) and {@code dueDate} may be null.
 */
public record ActionItemAgreed(UUID eventId, Instant occurredAt, UUID meetingId, long version, UUID itemId,
        Party responsible, int targetYear, String sectionCode, String descriptionBg, String descriptionEn,
        LocalDate dueDate) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return meetingId.toString();
    }
}
