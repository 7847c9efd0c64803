package org.coordina.integration.internal;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Receives every module event, whatever module publishes it, through the publication registry (so none is lost
 * when the application stops between commit and append), and keeps the externalized ones in the feed.
 */
@Component
class FeedListener {

    private final EventFeed feed;

    FeedListener(EventFeed feed) {
        this.feed = feed;
    }

    @ApplicationModuleListener(id = "integration.feed")
    void on(ModuleEvent event) {
        if (event.externalized()) {
            feed.append(event);
        }
    }
}
