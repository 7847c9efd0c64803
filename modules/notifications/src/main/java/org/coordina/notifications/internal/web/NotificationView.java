package org.coordina.notifications.internal.web;

import java.time.Instant;
import java.util.UUID;

import org.coordina.notifications.internal.NoticeKind;

/**
 * A notification as its recipient sees it.
 *
 * @param id the notification
 * @param kind what it is about
 * @param title its title, in the recipient's language
 * @param body its text
 * @param link the page concerned
 * @param createdAt when it was created
 * @param read whether it was marked read
 */
record NotificationView(UUID id, NoticeKind kind, String title, String body, String link, Instant createdAt,
        boolean read) {
}
