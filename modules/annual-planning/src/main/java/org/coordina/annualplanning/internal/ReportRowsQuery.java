package org.coordina.annualplanning.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of a quarterly report's form in two set-based statements whatever the number of activities: the
 * plan's activities with their progress in the report and section titles, and all their indicators with the
 * values reported in the report (or the same for one activity, when a page shows a row again).
 */
@Repository
public class ReportRowsQuery {

    static final String ACTIVITIES = """
            SELECT a.id, a.section_code, s.title_bg AS section_bg, s.title_en AS section_en, a.title_bg, a.title_en,
                   p.status, p.narrative, p.people_reached, p.evidence, coalesce(p.version, 0) AS version
            FROM annualplanning.activity a
            JOIN annualplanning.plan pl ON pl.id = a.plan_id
            JOIN annualplanning.planning_cycle c ON c.year = pl.cycle_year
            LEFT JOIN annualplanning.programme_section s ON s.planning_cycle_id = c.id AND s.code = a.section_code
            LEFT JOIN annualplanning.activity_progress p ON p.activity_id = a.id AND p.report_id = :reportId
            WHERE a.plan_id = :planId AND (CAST(:activityId AS uuid) IS NULL OR a.id = :activityId)
            ORDER BY s.position, a.section_code, a.title_en, a.id
            """;

    static final String INDICATORS = """
            SELECT i.activity_id, i.id, i.name_bg, i.name_en, i.unit, i.target, v.value
            FROM annualplanning.indicator i
            JOIN annualplanning.activity a ON a.id = i.activity_id
            LEFT JOIN annualplanning.activity_progress p ON p.activity_id = i.activity_id AND p.report_id = :reportId
            LEFT JOIN annualplanning.indicator_value v ON v.activity_progress_id = p.id AND v.indicator_id = i.id
            WHERE a.plan_id = :planId AND (CAST(:activityId AS uuid) IS NULL OR a.id = :activityId)
            ORDER BY i.activity_id, i.position
            """;

    private final JdbcClient jdbc;

    ReportRowsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every activity of the report's plan, by programme section and title. */
    public List<ReportRowEntry> rowsOf(QuarterlyReport report) {
        return rows(report, null);
    }

    /** One activity of the report's plan; empty when the plan has no such activity. */
    public List<ReportRowEntry> rowOf(QuarterlyReport report, UUID activityId) {
        return rows(report, activityId);
    }

    private List<ReportRowEntry> rows(QuarterlyReport report, UUID activityId) {
        var indicators = new HashMap<UUID, List<ReportIndicatorEntry>>();
        jdbc.sql(INDICATORS).param("reportId", report.getId()).param("planId", report.getPlanId())
                .param("activityId", activityId)
                .query(row -> {
                    indicators.computeIfAbsent(row.getObject("activity_id", UUID.class), id -> new ArrayList<>())
                            .add(new ReportIndicatorEntry(row.getObject("id", UUID.class),
                                    new Localized(row.getString("name_bg"), row.getString("name_en")),
                                    row.getString("unit"), row.getBigDecimal("target"), row.getBigDecimal("value")));
                });
        return jdbc.sql(ACTIVITIES).param("reportId", report.getId()).param("planId", report.getPlanId())
                .param("activityId", activityId)
                .query((row, number) -> {
                    var id = row.getObject("id", UUID.class);
                    var sectionBg = row.getString("section_bg");
                    return new ReportRowEntry(id, row.getString("section_code"),
                            sectionBg == null ? null : new Localized(sectionBg, row.getString("section_en")),
                            new Localized(row.getString("title_bg"), row.getString("title_en")),
                            row.getString("status") == null ? ActivityStatus.NOT_STARTED
                                    : ActivityStatus.valueOf(row.getString("status")),
                            row.getString("narrative"), row.getObject("people_reached", Integer.class),
                            evidence(row.getArray("evidence")), row.getLong("version"), List.copyOf(indicators.getOrDefault(id, List.of())));
                })
                .list();
    }

    private static List<String> evidence(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
