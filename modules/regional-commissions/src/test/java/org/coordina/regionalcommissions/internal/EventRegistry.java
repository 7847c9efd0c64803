package org.coordina.regionalcommissions.internal;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the JDBC event publication registry, where a handled publication ends up in the archive. */
final class EventRegistry {

    private final JdbcClient jdbc;

    EventRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until the listener with this id completed the publication of this event, and returns its count. */
    int awaitArchived(Class<?> eventType, String listenerId, UUID eventId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> archived(eventType, listenerId, eventId) == 1);
        return archived(eventType, listenerId, eventId);
    }

    /** Completed publications, moved to the archive. */
    int archived(Class<?> eventType, String listenerId, UUID eventId) {
        return count("modulith.event_publication_archive", "completion_date IS NOT NULL", eventType, listenerId,
                eventId);
    }

    /** Publications still in the registry's working table, i.e. not (yet) completed. */
    int incomplete(Class<?> eventType, String listenerId, UUID eventId) {
        return count("modulith.event_publication", "TRUE", eventType, listenerId, eventId);
    }

    private int count(String table, String condition, Class<?> eventType, String listenerId, UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE event_type = :type AND listener_id = :listener"
                + " AND " + condition + " AND serialized_event LIKE :eventId")
                .param("type", eventType.getName())
                .param("listener", listenerId)
                .param("eventId", "%\"" + eventId + "\"%")
                .query(Integer.class)
                .single();
    }
}
