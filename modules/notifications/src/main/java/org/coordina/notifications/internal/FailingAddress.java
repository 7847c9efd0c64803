package org.coordina.notifications.internal;

/**
 * An account whose mails keep failing: the national administrator should check its address.
 *
 * @param username the account
 * @param attempts how often its oldest pending mail failed
 * @param lastError what the mail server said last
 */
public record FailingAddress(String username, int attempts, String lastError) {
}
