package org.coordina.notifications.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;

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

    /** Those of these accounts whose mails keep failing (one query for a page of users). */
    public Set<String> failingAmong(Collection<String> usernames) {
        return usernames.isEmpty() ? Set.of() : outbox.failingAmong(usernames, properties.failingAfter());
    }
}
