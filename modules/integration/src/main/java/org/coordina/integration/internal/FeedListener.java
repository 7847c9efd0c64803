package org.coordina.integration.internal;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Receives every module event, whatever module publishes it, in the transaction that publishes it, just before its
 * commit, and keeps the externalized ones in the feed: the event is in the feed exactly when the change it tells of
 * is committed, with no queue between them (ADR 10). Not a registry listener: there is nothing to deliver later.
 */
@Component
class FeedListener {

    private final EventFeed feed;

    FeedListener(EventFeed feed) {
        this.feed = feed;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ModuleEvent event) {
        if (event.externalized()) {
            feed.append(event);
        }
    }
}
