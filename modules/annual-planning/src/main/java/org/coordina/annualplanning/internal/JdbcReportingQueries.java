package org.coordina.annualplanning.internal;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.sharedkernel.domain.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link ReportingQueries} in SQL, one statement each. */
@Repository
class JdbcReportingQueries implements ReportingQueries {

    /** An arbitrary, fixed key that names the overdue job among the advisory locks ("Overdue!"). */
    static final long OVERDUE_LOCK_KEY = 0x4F76657264756521L;

    private static final String INDICATORS = """
            SELECT i.id
            FROM annualplanning.activity a
            LEFT JOIN annualplanning.indicator i ON i.activity_id = a.id
            WHERE a.id = :activityId AND a.plan_id = :planId
            """;

    private final JdbcClient jdbc;

    JdbcReportingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ReportGate> lockReport(int year, Party owner, int quarter) {
        return jdbc.sql("""
                SELECT r.id, r.plan_id, r.status, c.status AS cycle_status
                FROM annualplanning.quarterly_report r
                JOIN annualplanning.planning_cycle c ON c.year = r.cycle_year
                WHERE r.cycle_year = :year AND r.owner = :owner AND r.quarter = :quarter
                FOR SHARE OF r
                """)
                .param("year", year).param("owner", owner.value()).param("quarter", quarter)
                .query((rs, row) -> new ReportGate(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                        year, owner, quarter, ReportStatus.valueOf(rs.getString("status")),
                        CycleStatus.valueOf(rs.getString("cycle_status"))))
                .optional();
    }

    @Override
    public Optional<Set<UUID>> indicatorsOf(UUID planId, UUID activityId) {
        return indicators(INDICATORS, planId, activityId);
    }

    @Override
    public Optional<Set<UUID>> lockIndicatorsOf(UUID planId, UUID activityId) {
        return indicators(INDICATORS + "FOR NO KEY UPDATE OF a\n", planId, activityId);
    }

    private Optional<Set<UUID>> indicators(String sql, UUID planId, UUID activityId) {
        var rows = jdbc.sql(sql)
                .param("activityId", activityId).param("planId", planId)
                .query((rs, row) -> Optional.ofNullable(rs.getObject("id", UUID.class)))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var ids = new HashSet<UUID>();
        rows.forEach(id -> id.ifPresent(ids::add));
        return Optional.of(ids);
    }

    @Override
    public Map<ActivityStatus, Integer> countByStatus(UUID planId, UUID reportId) {
        var counts = new EnumMap<ActivityStatus, Integer>(ActivityStatus.class);
        jdbc.sql("""
                SELECT COALESCE(p.status, 'NOT_STARTED') AS status, count(*) AS activities
                FROM annualplanning.activity a
                LEFT JOIN annualplanning.activity_progress p ON p.activity_id = a.id AND p.report_id = :reportId
                WHERE a.plan_id = :planId
                GROUP BY 1
                """)
                .param("planId", planId).param("reportId", reportId)
                .query(rs -> {
                    counts.put(ActivityStatus.valueOf(rs.getString("status")), rs.getInt("activities"));
                });
        return counts;
    }

    @Override
    public boolean tryLockOverdueRound() {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)").param("key", OVERDUE_LOCK_KEY)
                .query(Boolean.class).single();
    }
}
