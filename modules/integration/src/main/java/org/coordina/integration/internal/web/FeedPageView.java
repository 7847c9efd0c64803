package org.coordina.integration.internal.web;

import java.util.List;

/**
 * A page of the feed.
 *
 * @param events the events after the cursor asked for, in commit order
 * @param next the cursor to ask with next ({@code after}): after the last event of this page, or the same cursor
 *        when the page is empty
 */
record FeedPageView(List<CloudEventView> events, String next) {
}
