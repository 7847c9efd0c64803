package org.coordina.annualplanning.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The national roll-up's figures of each activity ({@code annualplanning.activity_figures}): its status (that
 * of its latest progress, NOT_STARTED without any) and its indicators against their targets (an INCREMENTAL
 * indicator's actual value is the sum of its quarters, a CUMULATIVE one's the value of its latest quarter).
 * Recomputed from the activity's own rows, in the transaction of every write that changes them, so the
 * figures are exact by construction rather than kept by increments; {@link ProgressQuery} only groups them.
 * <p>
 * The caller holds the activity's row lock (the write of the activity, or {@link ReportingQueries#lockIndicatorsOf}
 * for a progress update): the statement then starts after any concurrent writer of the same activity has
 * committed, and sees its rows (READ COMMITTED takes a snapshot per statement).
 */
@Repository
class ActivityFigures {

    /** One activity's figures, upserted; the changelog that created the table filled it with the same statement. */
    static final String REFRESH = """
            INSERT INTO annualplanning.activity_figures (activity_id, cycle_year, owner, section_code, status, indicators,
              reached, ratio_sum, ratio_count)
            SELECT a.id, a.cycle_year, a.owner, a.section_code,
                   coalesce((SELECT p.status FROM annualplanning.activity_progress p
                             WHERE p.activity_id = a.id ORDER BY p.quarter DESC LIMIT 1), 'NOT_STARTED'),
                   f.indicators, f.reached, f.ratio_sum, f.ratio_count
            FROM annualplanning.activity a
            CROSS JOIN LATERAL (
              SELECT count(i.id) AS indicators, count(i.id) FILTER (WHERE x.actual >= i.target) AS reached,
                     sum(x.actual / i.target) FILTER (WHERE i.target > 0) AS ratio_sum,
                     count(i.id) FILTER (WHERE i.target > 0) AS ratio_count
              FROM annualplanning.indicator i
              CROSS JOIN LATERAL (
                SELECT coalesce(CASE WHEN i.kind = 'INCREMENTAL' THEN sum(v.value)
                                     ELSE (array_agg(v.value ORDER BY p.quarter DESC))[1] END, 0) AS actual
                FROM annualplanning.indicator_value v
                JOIN annualplanning.activity_progress p ON p.id = v.activity_progress_id
                WHERE v.indicator_id = i.id
              ) x
              WHERE i.activity_id = a.id
            ) f
            WHERE a.id = :activityId
            ON CONFLICT (activity_id) DO UPDATE SET section_code = excluded.section_code, status = excluded.status,
              indicators = excluded.indicators, reached = excluded.reached, ratio_sum = excluded.ratio_sum,
              ratio_count = excluded.ratio_count
            """;

    private final JdbcClient jdbc;

    ActivityFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes the activity's figures from its rows as this transaction sees them. */
    void refresh(UUID activityId) {
        jdbc.sql(REFRESH).param("activityId", activityId).update();
    }
}
