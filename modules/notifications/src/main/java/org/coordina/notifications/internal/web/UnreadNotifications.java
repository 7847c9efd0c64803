package org.coordina.notifications.internal.web;

import org.coordina.notifications.internal.Inbox;
import org.coordina.sharedkernel.pages.HeaderIndicator;
import org.springframework.stereotype.Component;

/** The unread count in the layout's header, linking to the notifications page. */
@Component
class UnreadNotifications implements HeaderIndicator {

    private final Inbox inbox;

    UnreadNotifications(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public String labelCode() {
        return "notifications.page.header";
    }

    @Override
    public String path() {
        return "/notifications";
    }

    @Override
    public long countFor(String username) {
        return inbox.unread(username);
    }
}
