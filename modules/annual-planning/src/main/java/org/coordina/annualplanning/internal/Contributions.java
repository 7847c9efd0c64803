package org.coordina.annualplanning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what other modules' work (support activities, cooperation activities) contributed to an
 * activity, for the listeners of their events: once per event, however often it arrives. A contribution
 * counts in the quarter it occurred in; one for an unknown activity, or outside the activity's year, is
 * ignored (a listener must not fail forever on it).
 */
@Service
@Transactional
class Contributions {

    private final JdbcClient jdbc;

    private final Clock clock;

    Contributions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the contribution unless this event was recorded already; tells whether it stored it. */
    boolean record(UUID eventId, UUID activityId, String source, UUID sourceId, LocalDate occurredOn,
            Integer peopleReached, String summary) {
        return jdbc.sql("""
                INSERT INTO annualplanning.contribution (event_id, activity_id, source, source_id, occurred_on, quarter,
                    people_reached, summary, recorded_at)
                SELECT :eventId, a.id, :source, :sourceId, :occurredOn, :quarter, :peopleReached, :summary, :recordedAt
                FROM annualplanning.activity a
                WHERE a.id = :activityId AND a.cycle_year = :year
                ON CONFLICT (event_id) DO NOTHING
                """)
                .param("eventId", eventId).param("activityId", activityId).param("source", source)
                .param("sourceId", sourceId).param("occurredOn", occurredOn).param("quarter", quarterOf(occurredOn))
                .param("peopleReached", peopleReached).param("summary", summary)
                .param("recordedAt", java.sql.Timestamp.from(clock.instant())).param("year", occurredOn.getYear())
                .update() == 1;
    }

    static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }
}
