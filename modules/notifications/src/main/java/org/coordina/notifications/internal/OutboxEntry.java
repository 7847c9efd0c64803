package org.coordina.notifications.internal;

import java.util.UUID;

/**
 * A notification waiting to be mailed, with what the mail needs.
 *
 * @param notificationId the notification
 * @param recipient its recipient's username
 * @param email the address it goes to
 * @param language the recipient's language
 * @param title the notification's title (the subject)
 * @param body its text
 * @param link the page concerned
 * @param calendar the {@code .ics} to attach; {@code null} for none
 * @param attempts how often sending failed so far
 */
record OutboxEntry(UUID notificationId, String recipient, String email, Language language, String title, String body,
        String link, String calendar, int attempts) {
}
