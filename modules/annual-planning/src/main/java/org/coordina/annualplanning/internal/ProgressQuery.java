package org.coordina.annualplanning.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national roll-up of a cycle, in four set-based statements whatever the number of plans and
 * activities: the cycle, the programme's sections, every plan with the state of its four reports, and the
 * activity and indicator tallies grouped by owner, by section and overall at once (GROUPING SETS).
 * One read-only transaction, so that the three see the same snapshot.
 */
@Repository
public class ProgressQuery {

    /**
     * Activities by status and indicators against their targets, grouped by owner, by section and overall,
     * from the figures {@link ActivityFigures} keeps per activity (one small row each, instead of every
     * progress entry and indicator value of the year: see there for how status and actual values are derived).
     */
    static final String TALLIES = """
            SELECT CASE WHEN GROUPING(owner) = 0 THEN 'OWNER' WHEN GROUPING(section_code) = 0 THEN 'SECTION'
                     ELSE 'ALL' END AS scope,
                   coalesce(owner, section_code, '') AS key,
                   count(*) AS activities,
                   count(*) FILTER (WHERE status = 'NOT_STARTED') AS not_started,
                   count(*) FILTER (WHERE status = 'IN_PROGRESS') AS in_progress,
                   count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
                   count(*) FILTER (WHERE status = 'POSTPONED') AS postponed,
                   count(*) FILTER (WHERE status = 'CANCELLED') AS cancelled,
                   sum(indicators) AS indicators, sum(reached) AS reached,
                   sum(ratio_sum) / nullif(sum(ratio_count), 0) AS mean_achievement
            FROM annualplanning.activity_figures
            WHERE cycle_year = :year
            GROUP BY GROUPING SETS ((owner), (section_code), ())
            """;

    /** Every plan of the cycle with the state of its report for each quarter, and its commission's name. */
    static final String REPORTS = """
            SELECT p.owner, p.status AS plan_status, k.name_bg, k.name_en, q.quarter,
                   CASE WHEN r.id IS NULL THEN 'MISSING'
                        WHEN r.status IN ('DRAFT', 'RETURNED') AND r.due_on < :today THEN 'OVERDUE'
                        ELSE r.status END AS state
            FROM annualplanning.plan p
            CROSS JOIN generate_series(1, 4) AS q (quarter)
            LEFT JOIN annualplanning.quarterly_report r ON r.plan_id = p.id AND r.quarter = q.quarter
            LEFT JOIN LATERAL (
              SELECT c.name_bg, c.name_en FROM annualplanning.known_commission c
              WHERE c.code = p.owner ORDER BY c.status = 'ACTIVE' DESC, c.projected_at DESC LIMIT 1
            ) k ON true
            WHERE p.cycle_year = :year
            ORDER BY p.owner <> 'national', p.owner, q.quarter
            """;

    /** The cycle itself: the roll-up of a year without a cycle is a 404. */
    static final String CYCLE = """
            SELECT id, year, status, version FROM annualplanning.planning_cycle WHERE year = :year
            """;

    static final String SECTIONS = """
            SELECT s.code, s.title_bg, s.title_en
            FROM annualplanning.programme_section s
            JOIN annualplanning.planning_cycle c ON c.id = s.planning_cycle_id
            WHERE c.year = :year
            ORDER BY s.position
            """;

    private final JdbcClient jdbc;

    private final Clock clock;

    ProgressQuery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The roll-up of this year's cycle as of today; 404 when there is no such cycle. */
    @Transactional(readOnly = true)
    public CycleProgress of(int year) {
        if (jdbc.sql(CYCLE).param("year", year).query((row, number) -> row.getLong("version")).optional().isEmpty()) {
            throw DomainProblem.notFound("annualplanning.cycle.notFound", year);
        }
        var today = LocalDate.now(clock);
        var tallies = tallies(year);
        var sections = jdbc.sql(SECTIONS).param("year", year)
                .query((row, number) -> {
                    var code = row.getString("code");
                    var tally = tallies.getOrDefault(new Key("SECTION", code), Tally.NONE);
                    return new SectionProgress(code, row.getString("title_bg"), row.getString("title_en"),
                            tally.activities(), tally.indicators());
                })
                .list();
        var quarters = new ArrayList<Map<ReportState, Long>>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            quarters.add(new EnumMap<>(ReportState.class));
        }
        var owners = new LinkedHashMap<String, PlanRow>();
        jdbc.sql(REPORTS).param("year", year).param("today", today).query(row -> {
            var owner = row.getString("owner");
            var state = ReportState.valueOf(row.getString("state"));
            if (!owners.containsKey(owner)) {
                owners.put(owner, new PlanRow(Party.parse(owner), row.getString("name_bg"), row.getString("name_en"),
                        PlanStatus.valueOf(row.getString("plan_status")), new ArrayList<>()));
            }
            owners.get(owner).quarters().add(state);
            quarters.get(row.getInt("quarter") - 1).merge(state, 1L, Long::sum);
        });
        var total = tallies.getOrDefault(new Key("ALL", ""), Tally.NONE);
        return new CycleProgress(year, today, total.activities(), total.indicators(), quarterTallies(quarters), sections,
                owners.values().stream().map(plan -> {
                    var tally = tallies.getOrDefault(new Key("OWNER", plan.owner().value()), Tally.NONE);
                    return new OwnerProgress(plan.owner(), plan.nameBg(), plan.nameEn(), plan.status(),
                            tally.activities(), tally.indicators(), List.copyOf(plan.quarters()));
                }).toList());
    }

    private Map<Key, Tally> tallies(int year) {
        var tallies = new HashMap<Key, Tally>();
        jdbc.sql(TALLIES).param("year", year).query(row -> {
            var activities = new ActivityTally(row.getLong("activities"), row.getLong("not_started"),
                    row.getLong("in_progress"), row.getLong("completed"), row.getLong("postponed"),
                    row.getLong("cancelled"));
            var mean = row.getBigDecimal("mean_achievement");
            var indicators = new IndicatorTally(row.getLong("indicators"), row.getLong("reached"),
                    mean == null ? null : mean.setScale(4, RoundingMode.HALF_UP));
            tallies.put(new Key(row.getString("scope"), row.getString("key")), new Tally(activities, indicators));
        });
        return tallies;
    }

    private static List<QuarterTally> quarterTallies(List<Map<ReportState, Long>> quarters) {
        var tallies = new ArrayList<QuarterTally>();
        for (int index = 0; index < quarters.size(); index++) {
            var counts = quarters.get(index);
            tallies.add(new QuarterTally(index + 1, counts.getOrDefault(ReportState.MISSING, 0L),
                    counts.getOrDefault(ReportState.DRAFT, 0L), counts.getOrDefault(ReportState.SUBMITTED, 0L),
                    counts.getOrDefault(ReportState.ACCEPTED, 0L), counts.getOrDefault(ReportState.RETURNED, 0L),
                    counts.getOrDefault(ReportState.OVERDUE, 0L)));
        }
        return tallies;
    }

    private record Key(String scope, String key) {
    }

    private record Tally(ActivityTally activities, IndicatorTally indicators) {

        static final Tally NONE = new Tally(ActivityTally.NONE, IndicatorTally.NONE);
    }

    private record PlanRow(Party owner, String nameBg, String nameEn, PlanStatus status,
            List<ReportState> quarters) {
    }
}
