package org.coordina.accounts.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.ModuleEvent;

/**
 * What an account may do has changed: tokens and cached sign-ins issued before it no longer count.
 *
 * @param eventId this event's identity, for consumers that must recognise a redelivery
 * @param occurredAt when the change was made
 * @param accountId the account
 * @param version the account's version after the change
 * @param username its username
 * @param change what changed
 * @param role the role the account holds after the change
 * @param commission the commission a local account is bound to after the change; {@code null} for the others
 * @param enabled whether the account may sign in after the change
 */
public record AccountAccessChanged(UUID eventId, Instant occurredAt, UUID accountId, long version, String username,
        Change change, AccountRole role, CommissionCode commission, boolean enabled) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return accountId.toString();
    }

    /** Not for integrators: it names a person's account and only tells the instances to end earlier sign-ins (ADR 8). */
    @Override
    public boolean externalized() {
        return false;
    }

    /** The kinds of change to what an account may do; all but {@code ENABLED} end earlier sign-ins. */
    public enum Change {
        ROLE_CHANGED, DISABLED, PASSWORD_CHANGED, ENABLED
    }
}
