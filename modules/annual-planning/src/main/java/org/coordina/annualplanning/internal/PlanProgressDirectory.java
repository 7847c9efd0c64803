package org.coordina.annualplanning.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.sharedkernel.domain.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read side of quarterly reporting, in set-based SQL over the whole plan (no query per activity): the
 * activities of a report with their progress, and a plan's roll-up over a quarter, half-year or year.
 */
@Repository
public class PlanProgressDirectory {

    private final JdbcClient jdbc;

    private final Plans plans;

    PlanProgressDirectory(JdbcClient jdbc, Plans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    /** The plan's activities with their progress in this report, by section and title. */
    public List<ReportActivityEntry> activitiesOf(QuarterlyReport report) {
        return jdbc.sql("""
                SELECT a.id, a.title_bg, a.title_en, a.section_code, p.status, p.people_reached, p.version
                FROM annualplanning.activity a
                LEFT JOIN annualplanning.activity_progress p ON p.activity_id = a.id AND p.report_id = :reportId
                WHERE a.plan_id = :planId
                ORDER BY a.section_code, a.title_en, a.id
                """)
                .param("reportId", report.getId()).param("planId", report.getPlanId())
                .query((rs, row) -> new ReportActivityEntry(rs.getObject("id", UUID.class), rs.getString("title_bg"),
                        rs.getString("title_en"), rs.getString("section_code"),
                        rs.getString("status") == null ? ActivityStatus.NOT_STARTED
                                : ActivityStatus.valueOf(rs.getString("status")),
                        rs.getObject("people_reached", Integer.class), rs.getLong("version")))
                .list();
    }

    /**
     * The plan's activities over the period: two statements, one for the activities (latest status, people
     * reached from progress and from contributions) and one for all their indicators.
     */
    public List<ActivityRollupEntry> rollup(int year, Party owner, ReportingPeriod period) {
        var plan = plans.find(year, owner);
        var indicators = indicatorsOf(plan.getId(), year, owner, period);
        return jdbc.sql("""
                SELECT a.id, a.title_bg, a.title_en, a.section_code, pr.status,
                       COALESCE(pr.people, 0) AS reported_people, COALESCE(co.people, 0) AS contributed_people
                FROM annualplanning.activity a
                LEFT JOIN (
                    SELECT activity_id, (array_agg(status ORDER BY quarter DESC))[1] AS status,
                           sum(people_reached) AS people
                    FROM annualplanning.activity_progress
                    WHERE cycle_year = :year AND owner = :owner AND quarter BETWEEN :first AND :last
                    GROUP BY activity_id
                ) pr ON pr.activity_id = a.id
                LEFT JOIN (
                    SELECT c.activity_id, sum(c.people_reached) AS people
                    FROM annualplanning.contribution c
                    JOIN annualplanning.activity ca ON ca.id = c.activity_id
                    WHERE ca.plan_id = :planId AND c.quarter BETWEEN :first AND :last
                    GROUP BY c.activity_id
                ) co ON co.activity_id = a.id
                WHERE a.plan_id = :planId
                ORDER BY a.section_code, a.title_en, a.id
                """)
                .param("year", year).param("owner", owner.value()).param("planId", plan.getId())
                .param("first", period.firstQuarter()).param("last", period.lastQuarter())
                .query((rs, row) -> {
                    var id = rs.getObject("id", UUID.class);
                    return new ActivityRollupEntry(id, rs.getString("title_bg"), rs.getString("title_en"),
                            rs.getString("section_code"),
                            rs.getString("status") == null ? ActivityStatus.NOT_STARTED
                                    : ActivityStatus.valueOf(rs.getString("status")),
                            rs.getInt("reported_people"), rs.getInt("contributed_people"),
                            indicators.getOrDefault(id, List.of()));
                })
                .list();
    }

    private Map<UUID, List<IndicatorRollupEntry>> indicatorsOf(UUID planId, int year, Party owner,
            ReportingPeriod period) {
        var byActivity = new HashMap<UUID, List<IndicatorRollupEntry>>();
        jdbc.sql("""
                SELECT i.activity_id, i.id, i.name_bg, i.name_en, i.unit, i.kind, i.baseline, i.target,
                       CASE i.kind WHEN 'INCREMENTAL' THEN v.total ELSE v.latest END AS achieved
                FROM annualplanning.indicator i
                JOIN annualplanning.activity a ON a.id = i.activity_id
                LEFT JOIN (
                    SELECT iv.indicator_id, sum(iv.value) AS total,
                           (array_agg(iv.value ORDER BY p.quarter DESC))[1] AS latest
                    FROM annualplanning.indicator_value iv
                    JOIN annualplanning.activity_progress p ON p.id = iv.activity_progress_id
                    WHERE p.cycle_year = :year AND p.owner = :owner AND p.quarter BETWEEN :first AND :last
                    GROUP BY iv.indicator_id
                ) v ON v.indicator_id = i.id
                WHERE a.plan_id = :planId
                ORDER BY i.activity_id, i.position
                """)
                .param("year", year).param("owner", owner.value()).param("planId", planId)
                .param("first", period.firstQuarter()).param("last", period.lastQuarter())
                .query(rs -> {
                    byActivity.computeIfAbsent(rs.getObject("activity_id", UUID.class), id -> new ArrayList<>())
                            .add(new IndicatorRollupEntry(rs.getObject("id", UUID.class), rs.getString("name_bg"),
                                    rs.getString("name_en"), rs.getString("unit"),
                                    IndicatorKind.valueOf(rs.getString("kind")), rs.getBigDecimal("baseline"),
                                    rs.getBigDecimal("target"), rs.getBigDecimal("achieved")));
                });
        return byActivity;
    }
}
