package org.coordina.notifications.internal;

/**
 * An account to be told, as the projection knows it.
 *
 * @param username the account's username, the owner of the notification
 * @param email its address, {@code null} when unknown
 * @param language the language it reads
 */
record Recipient(String username, String email, Language language) {
}
