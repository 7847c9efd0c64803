package org.coordina.annualplanning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rows of the exports (a plan, a quarterly report, the programme's annual report), read with one
 * statement each and handed to the caller row by row: inside a read-only transaction with a fetch size,
 * PostgreSQL's driver reads through a cursor, so a large export never sits in memory as a list.
 */
@Repository
@Transactional(readOnly = true)
public class PlanExports {

    private static final int FETCH_SIZE = 500;

    private static final String SECTION_JOIN = """
            JOIN annualplanning.planning_cycle c ON c.year = a.cycle_year
            LEFT JOIN annualplanning.programme_section s ON s.planning_cycle_id = c.id AND s.code = a.section_code
            """;

    static final String PLAN = """
            SELECT a.section_code, s.title_bg AS section_bg, s.title_en AS section_en, a.title_bg, a.title_en,
                   array_to_string(a.responsible, '; ') AS responsible, array_to_string(a.partners, '; ') AS partners,
                   a.financing_source, a.financing_amount, a.financing_currency, a.starts_on, a.deadline,
                   array_to_string(a.planned_quarters, ', ') AS planned_quarters,
                   coalesce(l.status, 'NOT_STARTED') AS status, ind.bg AS indicators_bg, ind.en AS indicators_en
            FROM annualplanning.activity a
            """ + SECTION_JOIN + """
            LEFT JOIN LATERAL (
              SELECT p.status FROM annualplanning.activity_progress p
              WHERE p.activity_id = a.id ORDER BY p.quarter DESC LIMIT 1
            ) l ON true
            LEFT JOIN LATERAL (
              SELECT string_agg(format('%s (%s): %s → %s', i.name_bg, i.unit, trim_scale(i.baseline),
                       trim_scale(i.target)), '; ' ORDER BY i.position) AS bg,
                     string_agg(format('%s (%s): %s → %s', i.name_en, i.unit, trim_scale(i.baseline),
                       trim_scale(i.target)), '; ' ORDER BY i.position) AS en
              FROM annualplanning.indicator i WHERE i.activity_id = a.id
            ) ind ON true
            WHERE a.cycle_year = :year AND a.owner = :owner
            ORDER BY s.position, a.created_at, a.title_bg, a.id
            """;

    static final String REPORT = """
            SELECT a.section_code, s.title_bg AS section_bg, s.title_en AS section_en, a.title_bg, a.title_en,
                   coalesce(p.status, 'NOT_STARTED') AS status, p.narrative, p.people_reached,
                   val.bg AS values_bg, val.en AS values_en
            FROM annualplanning.activity a
            """ + SECTION_JOIN + """
            LEFT JOIN annualplanning.activity_progress p ON p.activity_id = a.id AND p.report_id = :report
            LEFT JOIN LATERAL (
              SELECT string_agg(format('%s (%s): %s', i.name_bg, i.unit, trim_scale(v.value)), '; ' ORDER BY i.position) AS bg,
                     string_agg(format('%s (%s): %s', i.name_en, i.unit, trim_scale(v.value)), '; ' ORDER BY i.position) AS en
              FROM annualplanning.indicator_value v
              JOIN annualplanning.indicator i ON i.id = v.indicator_id
              WHERE v.activity_progress_id = p.id
            ) val ON true
            WHERE a.plan_id = :plan
            ORDER BY s.position, a.created_at, a.title_bg, a.id
            """;

    /**
     * Section by section: each national activity followed by the local activities serving it (under the
     * national activity's section), then the local activities serving none. Figures of accepted reports only.
     */
    static final String ANNUAL_REPORT = """
            WITH accepted AS (
              SELECT p.id, p.activity_id, p.quarter, p.status, p.people_reached
              FROM annualplanning.activity_progress p
              JOIN annualplanning.quarterly_report r ON r.id = p.report_id AND r.status = 'ACCEPTED'
              WHERE p.cycle_year = :year
            ), figures AS (
              SELECT activity_id, (array_agg(status ORDER BY quarter DESC))[1] AS status,
                     sum(people_reached) AS people_reached
              FROM accepted GROUP BY activity_id
            ), indicator_actual AS (
              SELECT i.activity_id, i.position, i.name_bg, i.name_en, i.unit, i.target,
                     coalesce(CASE WHEN i.kind = 'INCREMENTAL' THEN sum(v.value)
                              ELSE (array_agg(v.value ORDER BY ac.quarter DESC) FILTER (WHERE v.value IS NOT NULL))[1]
                              END, 0) AS actual
              FROM annualplanning.indicator i
              JOIN annualplanning.activity a ON a.id = i.activity_id AND a.cycle_year = :year
              LEFT JOIN (annualplanning.indicator_value v JOIN accepted ac ON ac.id = v.activity_progress_id)
                ON v.indicator_id = i.id
              GROUP BY i.id
            ), indicators AS (
              SELECT activity_id,
                     string_agg(format('%s: %s / %s %s', name_bg, trim_scale(actual), trim_scale(target), unit), '; '
                       ORDER BY position) AS bg,
                     string_agg(format('%s: %s / %s %s', name_en, trim_scale(actual), trim_scale(target), unit), '; '
                       ORDER BY position) AS en,
                     avg(actual / target) FILTER (WHERE target > 0) AS mean_achievement
              FROM indicator_actual GROUP BY activity_id
            )
            SELECT coalesce(n.section_code, a.section_code) AS section_code, s.title_bg AS section_bg,
                   s.title_en AS section_en, a.owner, a.title_bg, a.title_en, n.title_bg AS serves_bg,
                   n.title_en AS serves_en, coalesce(f.status, 'NOT_STARTED') AS status,
                   coalesce(f.people_reached, 0) AS people_reached, ind.bg AS indicators_bg, ind.en AS indicators_en,
                   round(ind.mean_achievement, 4) AS mean_achievement
            FROM annualplanning.activity a
            LEFT JOIN annualplanning.activity n ON n.id = a.serves_activity_id
            JOIN annualplanning.planning_cycle c ON c.year = a.cycle_year
            LEFT JOIN annualplanning.programme_section s
              ON s.planning_cycle_id = c.id AND s.code = coalesce(n.section_code, a.section_code)
            LEFT JOIN figures f ON f.activity_id = a.id
            LEFT JOIN indicators ind ON ind.activity_id = a.id
            WHERE a.cycle_year = :year
            ORDER BY s.position, (a.owner <> 'national' AND n.id IS NULL),
                     coalesce(n.title_bg, CASE WHEN a.owner = 'national' THEN a.title_bg END),
                     coalesce(n.id, CASE WHEN a.owner = 'national' THEN a.id END),
                     a.owner <> 'national', a.owner, a.title_bg, a.id
            """;

    private final JdbcClient jdbc;

    private final Plans plans;

    private final PlanningCycles cycles;

    PlanExports(DataSource dataSource, Plans plans, PlanningCycles cycles) {
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = JdbcClient.create(template);
        this.plans = plans;
        this.cycles = cycles;
    }

    /** Checks that the plan exists (404 otherwise) before anything is written. */
    public void requirePlan(int year, Party owner) {
        plans.find(year, owner);
    }

    /** Checks that the cycle exists (404 otherwise) before anything is written. */
    public void requireCycle(int year) {
        cycles.find(year);
    }

    /** Checks that the report exists (404 otherwise) before anything is written. */
    public void requireReport(int year, Party owner, int quarter) {
        report(year, owner, quarter);
    }

    /** Every activity of the plan, section by section. */
    public void planActivities(int year, Party owner, Consumer<PlanActivityLine> lines) {
        jdbc.sql(PLAN).param("year", year).param("owner", owner.value()).query((RowCallbackHandler) row -> lines.accept(
                new PlanActivityLine(row.getString("section_code"), localized(row, "section"), localized(row, "title"),
                        row.getString("responsible"), row.getString("partners"), row.getString("financing_source"),
                        row.getBigDecimal("financing_amount"), row.getString("financing_currency"),
                        row.getObject("starts_on", LocalDate.class), row.getObject("deadline", LocalDate.class),
                        row.getString("planned_quarters"), localized(row, "indicators"),
                        ActivityStatus.valueOf(row.getString("status")))));
    }

    /** Every activity of the plan with its progress in the quarter's report; 404 when there is no such report. */
    public void reportActivities(int year, Party owner, int quarter, Consumer<ReportActivityLine> lines) {
        var report = report(year, owner, quarter);
        jdbc.sql(REPORT).param("report", report.id()).param("plan", report.planId()).query((RowCallbackHandler) row -> lines.accept(
                new ReportActivityLine(row.getString("section_code"), localized(row, "section"),
                        localized(row, "title"), ActivityStatus.valueOf(row.getString("status")),
                        row.getString("narrative"), row.getObject("people_reached", Integer.class),
                        localized(row, "values"))));
    }

    /** The programme's activities section by section, with the figures of accepted reports. */
    public void annualReport(int year, Consumer<AnnualReportLine> lines) {
        jdbc.sql(ANNUAL_REPORT).param("year", year).query((RowCallbackHandler) row -> lines.accept(
                new AnnualReportLine(row.getString("section_code"), localized(row, "section"),
                        Party.parse(row.getString("owner")), localized(row, "title"), localized(row, "serves"),
                        ActivityStatus.valueOf(row.getString("status")), row.getLong("people_reached"),
                        localized(row, "indicators"), row.getBigDecimal("mean_achievement"))));
    }

    private ReportKey report(int year, Party owner, int quarter) {
        Quarter.check(quarter);
        return jdbc.sql("""
                SELECT id, plan_id FROM annualplanning.quarterly_report
                WHERE cycle_year = :year AND owner = :owner AND quarter = :quarter
                """).param("year", year).param("owner", owner.value()).param("quarter", quarter)
                .query((row, number) -> new ReportKey(row.getObject("id", UUID.class), row.getObject("plan_id", UUID.class)))
                .optional()
                .orElseThrow(() -> DomainProblem.notFound("annualplanning.export.reportNotFound", quarter, owner, year));
    }

    private static Localized localized(ResultSet row, String prefix) throws SQLException {
        var bg = row.getString(prefix + "_bg");
        var en = row.getString(prefix + "_en");
        return bg == null && en == null ? null : new Localized(bg, en);
    }

    private record ReportKey(UUID id, UUID planId) {
    }
}
