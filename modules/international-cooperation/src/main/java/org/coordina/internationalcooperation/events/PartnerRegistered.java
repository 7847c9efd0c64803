package org.coordina.internationalcooperation.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;

/** A cooperation partner was registered. */
public record PartnerRegistered(UUID eventId, Instant occurredAt, UUID partnerId, long version, String nameBg,
        String nameEn, PartnerKind kind, String country) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return partnerId.toString();
    }
}
