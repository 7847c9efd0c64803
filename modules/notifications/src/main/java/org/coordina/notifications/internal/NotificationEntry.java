package org.coordina.notifications.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification as its recipient's inbox lists it, in the language it was written in.
 *
 * @param id the notification
 * @param kind what it is about
 * @param title its title
 * @param body its text
 * @param link the page concerned
 * @param createdAt when it was created
 * @param readAt when its recipient marked it read; {@code null} while unread
 */
public record NotificationEntry(UUID id, NoticeKind kind, String title, String body, String link, Instant createdAt,
        Instant readAt) {
}
