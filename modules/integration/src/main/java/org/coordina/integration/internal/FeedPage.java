package org.coordina.integration.internal;

import java.util.List;

/**
 * A page of the feed and the cursor to read on from (the same cursor when the page is empty).
 *
 * @param entries the events, in commit order
 * @param next where the next read starts
 */
public record FeedPage(List<FeedEntry> entries, FeedCursor next) {
}
