package org.coordina.internationalcooperation.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;

/** A legislative initiative reached a new stage on a date. */
public record LegislativeInitiativeAdvanced(UUID eventId, Instant occurredAt, UUID initiativeId, long version, String titleBg,
        String titleEn, String euAct, LegislativeStage from, LegislativeStage to, LocalDate reachedOn) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return initiativeId.toString();
    }
}
