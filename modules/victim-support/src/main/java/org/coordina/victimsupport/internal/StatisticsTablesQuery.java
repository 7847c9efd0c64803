package org.coordina.victimsupport.internal;

import java.util.ArrayList;

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
}
