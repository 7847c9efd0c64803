package org.coordina.integration.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of the feed as stored: the CloudEvents attributes and the event record's JSON.
 *
 * @param position its place in commit order
 * @param eventId the event's id (CloudEvents {@code id})
 * @param type the CloudEvents {@code type}
 * @param source the CloudEvents {@code source}
 * @param subject the aggregate the event is about (CloudEvents {@code subject}, the Kafka key)
 * @param occurredAt when it happened (CloudEvents {@code time})
 * @param data the event record as JSON
 */
public record FeedEntry(long position, UUID eventId, String type, String source, String subject, Instant occurredAt,
        String data) {

    /** The cursor just after this event. */
    public FeedCursor cursor() {
        return new FeedCursor(position);
    }
}
