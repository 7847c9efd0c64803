package org.coordina.accounts.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.ModuleEvent;

/**
 * An account was opened, enabled: who it is, what it may do and where it is told of things.
 *
 * @param eventId this event's identity, for consumers that must recognise a redelivery
 * @param occurredAt when the account was opened
 * @param accountId the account
 * @param version the account's version once opened (1)
 * @param username its username
 * @param role its role
 * @param commission the commission a local account is bound to; {@code null} for the others
 * @param email its e-mail address (personal data: this event is never externalized)
 */
public record AccountOpened(UUID eventId, Instant occurredAt, UUID accountId, long version, String username,
        AccountRole role, CommissionCode commission, String email) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return accountId.toString();
    }

    /** Not for integrators: it carries a person's e-mail address (ADR 8). */
    @Override
    public boolean externalized() {
        return false;
    }
}
