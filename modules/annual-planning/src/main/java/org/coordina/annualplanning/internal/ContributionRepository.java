package org.coordina.annualplanning.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contributions of other modules' work to activities ({@code annualplanning.contribution}), one row per event. */
@Repository
class ContributionRepository {

    private final JdbcClient jdbc;

    ContributionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the contribution unless its event is stored already, or the activity is unknown or of another
     * year than {@code occurredOn}; tells whether it inserted it.
     */
    boolean insert(UUID eventId, UUID activityId, String source, UUID sourceId, LocalDate occurredOn, int quarter,
            Integer peopleReached, String summary, Instant recordedAt) {
        return jdbc.sql("""
                INSERT INTO annualplanning.contribution (event_id, activity_id, source, source_id, occurred_on, quarter,
                    people_reached, summary, recorded_at)
                SELECT :eventId, a.id, :source, :sourceId, :occurredOn, :quarter, :peopleReached, :summary, :recordedAt
                FROM annualplanning.activity a
                WHERE a.id = :activityId AND a.cycle_year = :year
                ON CONFLICT (event_id) DO NOTHING
                """)
                .param("eventId", eventId).param("activityId", activityId).param("source", source)
                .param("sourceId", sourceId).param("occurredOn", occurredOn).param("quarter", quarter)
                .param("peopleReached", peopleReached).param("summary", summary)
                .param("recordedAt", Timestamp.from(recordedAt)).param("year", occurredOn.getYear())
                .update() == 1;
    }
}
