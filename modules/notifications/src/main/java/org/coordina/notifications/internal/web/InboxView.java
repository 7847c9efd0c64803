package org.coordina.notifications.internal.web;

import org.springframework.data.web.PagedModel;

/**
 * One's own notifications, a page of them newest first, and how many are unread in all.
 *
 * @param unread how many of one's notifications are unread
 * @param notifications the page asked for
 */
record InboxView(long unread, PagedModel<NotificationView> notifications) {
}
