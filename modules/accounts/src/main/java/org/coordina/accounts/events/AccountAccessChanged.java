package org.coordina.accounts.events;

import java.util.UUID;

/**
 * What an account may do has changed: tokens and cached sign-ins issued before it no longer count.
 *
 * @param accountId the account
 * @param username its username
 * @param change what changed
 */
public record AccountAccessChanged(UUID accountId, String username, Change change) {

    /** The kinds of change that end earlier sign-ins. */
    public enum Change {
        ROLE_CHANGED, DISABLED, PASSWORD_CHANGED
    }
}
