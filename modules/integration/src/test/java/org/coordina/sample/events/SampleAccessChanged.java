package org.coordina.sample.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;

/** An event kept from integrators, as accounts' AccountAccessChanged is. */
public record SampleAccessChanged(UUID eventId, Instant occurredAt, UUID accountId, String username)
        implements ModuleEvent {

    @Override
    public String aggregateId() {
        return accountId.toString();
    }

    @Override
    public boolean externalized() {
        return false;
    }
}
