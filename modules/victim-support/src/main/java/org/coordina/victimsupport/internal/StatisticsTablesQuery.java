package org.coordina.victimsupport.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The raw counts behind a published table: the accepted statistics of a period, of one commission or of
 * all (national), summed in SQL. National figures are summed from the raw counts and only then protected,
 * never from protected figures.
 */
@Repository
public class StatisticsTablesQuery {

    private final JdbcClient jdbc;

    StatisticsTablesQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The summed accepted counts of the period, of this commission or, without one, of all. */
    public StatisticsTable accepted(int year, TablePeriod period, CommissionCode commission) {
        var scope = commission == null ? "" : " AND s.commission_code = :code";
        var quarters = period.quarters().toArray(Integer[]::new);
        var total = jdbc.sql("SELECT COALESCE(SUM(s.total), 0) FROM victimsupport.victim_statistics s"
                + " WHERE s.status = 'ACCEPTED' AND s.year = :year AND s.quarter = ANY(:quarters)" + scope)
                .param("year", year).param("quarters", quarters)
                .param("code", commission == null ? null : commission.value())
                .query(Integer.class).single();
        var cells = new ArrayList<StatisticsCell>();
        jdbc.sql("SELECT c.tabulation, c.row_value, c.column_value, SUM(c.count) AS count"
                + " FROM victimsupport.victim_statistics s JOIN victimsupport.statistics_cell c ON c.statistics_id = s.id"
                + " WHERE s.status = 'ACCEPTED' AND s.year = :year AND s.quarter = ANY(:quarters)" + scope
                + " GROUP BY c.tabulation, c.row_value, c.column_value")
                .param("year", year).param("quarters", quarters)
                .param("code", commission == null ? null : commission.value())
                .query((row, number) -> new StatisticsCell(Tabulation.valueOf(row.getString("tabulation")),
                        row.getString("row_value"), row.getString("column_value"), row.getInt("count")))
                .list().forEach(cells::add);
        return StatisticsTable.of(total, cells);
    }

    /** Each commission's accepted raw counts of the year, by quarter. */
    public Map<String, Map<Integer, StatisticsTable>> acceptedQuarters(int year) {
        var totals = new HashMap<String, Integer>();
        var cells = new HashMap<String, List<StatisticsCell>>();
        jdbc.sql("SELECT s.commission_code, s.quarter, s.total FROM victimsupport.victim_statistics s"
                + " WHERE s.status = 'ACCEPTED' AND s.year = :year")
                .param("year", year)
                .query((row, number) -> totals.put(row.getString("commission_code") + "|" + row.getInt("quarter"),
                        row.getInt("total")))
                .list();
        jdbc.sql("SELECT s.commission_code, s.quarter, c.tabulation, c.row_value, c.column_value, c.count"
                + " FROM victimsupport.victim_statistics s JOIN victimsupport.statistics_cell c ON c.statistics_id = s.id"
                + " WHERE s.status = 'ACCEPTED' AND s.year = :year")
                .param("year", year)
                .query((row, number) -> cells.computeIfAbsent(row.getString("commission_code") + "|"
                        + row.getInt("quarter"), any -> new ArrayList<>())
                        .add(new StatisticsCell(Tabulation.valueOf(row.getString("tabulation")),
                                row.getString("row_value"), row.getString("column_value"), row.getInt("count"))))
                .list();
        var quarters = new TreeMap<String, Map<Integer, StatisticsTable>>();
        totals.forEach((key, total) -> {
            var parts = key.split("\\|");
            quarters.computeIfAbsent(parts[0], any -> new TreeMap<>()).put(Integer.parseInt(parts[1]),
                    StatisticsTable.of(total, cells.getOrDefault(key, List.of())));
        });
        return quarters;
    }

    /**
     * What the year's publication is computed from, in one short string: every submission of the year with
     * its version and status (a save always raises the version, cells included), so that any acceptance,
     * correction, new draft or submission changes it. Read from the database so that every instance sees it.
     */
    public String publicationFingerprint(int year) {
        return jdbc.sql("SELECT COUNT(*) || ':' || COALESCE(md5(string_agg(s.id::text || ':' || s.version || ':'"
                + " || s.status, ',' ORDER BY s.id)), '') FROM victimsupport.victim_statistics s WHERE s.year = :year")
                .param("year", year)
                .query(String.class).single();
    }

    /**
     * How many quarters of the year, from Q1 on, are closed: each has an accepted submission and none in
     * draft or submitted, so that what is published from it does not change with the next acceptance.
     */
    public int closedQuarters(int year) {
        var open = new boolean[5];
        var accepted = new boolean[5];
        jdbc.sql("SELECT s.quarter, s.status FROM victimsupport.victim_statistics s WHERE s.year = :year")
                .param("year", year)
                .query((row, number) -> {
                    var quarter = row.getInt("quarter");
                    if ("ACCEPTED".equals(row.getString("status"))) {
                        accepted[quarter] = true;
                    }
                    else {
                        open[quarter] = true;
                    }
                    return quarter;
                })
                .list();
        var closed = 0;
        while (closed < 4 && accepted[closed + 1] && !open[closed + 1]) {
            closed++;
        }
        return closed;
    }
}
