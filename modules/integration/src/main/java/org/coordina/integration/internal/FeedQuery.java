package org.coordina.integration.internal;

import java.util.Set;

/**
 * What a reader asks of the feed.
 *
 * @param after the cursor to read after
 * @param limit most events to return
 * @param types the CloudEvents types to return, all when empty
 * @param waitSeconds how long to wait for a first event when there is none yet
 */
public record FeedQuery(FeedCursor after, int limit, Set<String> types, int waitSeconds) {
}
