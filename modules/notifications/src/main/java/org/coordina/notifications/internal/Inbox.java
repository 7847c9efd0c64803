package org.coordina.notifications.internal;

import java.time.Clock;
import java.util.UUID;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own notifications: listed, counted and marked read; another's do not exist for them. */
@Service
@Transactional
public class Inbox {

    private final JdbcInbox inbox;

    private final Clock clock;

    Inbox(JdbcInbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<NotificationEntry> page(String username, Pageable pageable) {
        return inbox.page(username, pageable);
    }

    @Transactional(readOnly = true)
    public long unread(String username) {
        return inbox.unread(username);
    }

    /** Marks one's own notification read (again is fine); another's is not found. */
    public void markRead(String username, UUID id) {
        if (!inbox.markRead(username, id, clock.instant())) {
            throw DomainProblem.notFound("notifications.notFound", id.toString());
        }
    }

    /** Marks all one's unread notifications read; how many. */
    public int markAllRead(String username) {
        return inbox.markAllRead(username, clock.instant());
    }
}
