package org.coordina.notifications.internal.web;

/**
 * An account whose mails keep failing.
 *
 * @param username the account
 * @param attempts how often its mail failed
 * @param lastError what the mail server said last
 */
record FailingAddressView(String username, int attempts, String lastError) {
}
