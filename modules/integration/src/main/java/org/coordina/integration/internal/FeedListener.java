package org.coordina.integration.internal;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Receives every module event, whatever module publishes it, through the publication registry (so none is lost
 * when the application stops between commit and append), and keeps the externalized ones in the feed. An
 * application-module listener (asynchronous, after commit, in a transaction of its own) but on the integration's
 * own threads ({@link IntegrationLaneConfiguration}).
 */
@Component
class FeedListener {

    private final EventFeed feed;

    FeedListener(EventFeed feed) {
        this.feed = feed;
    }

    @Async(IntegrationLaneConfiguration.FEED)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @TransactionalEventListener(id = "integration.feed")
    void on(ModuleEvent event) {
        if (event.externalized()) {
            feed.append(event);
        }
    }
}
