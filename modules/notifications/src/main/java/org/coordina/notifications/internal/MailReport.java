package org.coordina.notifications.internal;

import java.util.List;

import org.springframework.stereotype.Service;

/** Which accounts' mails keep failing, for the national administrator to check their addresses. */
@Service
public class MailReport {

    private final JdbcOutbox outbox;

    private final NotificationsProperties properties;

    MailReport(JdbcOutbox outbox, NotificationsProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    public List<FailingAddress> failing() {
        return outbox.failing(properties.failingAfter());
    }
}
