package org.coordina.annualplanning.internal;

import java.time.LocalDate;
import java.util.List;

import org.coordina.sharedkernel.domain.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What quarterly reporting puts on the home page, one statement each over the open cycles: the reports an owner
 * still has to hand in (its quarter has begun, a draft or returned), and the count of submitted reports per cycle
 * that wait for review. Both run on {@code quarterly_report_cycle_ix} (cycle year, owner).
 */
@Repository
public class ReportsDueQuery {

    static final String DUE = """
            SELECT r.cycle_year, r.owner, r.quarter, r.status, r.due_on
            FROM annualplanning.quarterly_report r
            JOIN annualplanning.planning_cycle c ON c.year = r.cycle_year
            WHERE c.status = 'OPEN' AND r.owner = :owner AND r.status IN ('DRAFT', 'RETURNED')
              AND make_date(r.cycle_year, (r.quarter - 1) * 3 + 1, 1) <= :today
            ORDER BY r.cycle_year, r.quarter
            """;

    static final String TO_REVIEW = """
            SELECT r.cycle_year, count(*) AS reports
            FROM annualplanning.quarterly_report r
            JOIN annualplanning.planning_cycle c ON c.year = r.cycle_year
            WHERE c.status = 'OPEN' AND r.status = 'SUBMITTED'
            GROUP BY r.cycle_year
            ORDER BY r.cycle_year
            """;

    private final JdbcClient jdbc;

    ReportsDueQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The reports of this owner, in open cycles, that it has to hand in as of {@code today}. */
    public List<ReportDueEntry> dueFrom(Party owner, LocalDate today) {
        return jdbc.sql(DUE).param("owner", owner.value()).param("today", today)
                .query((row, number) -> new ReportDueEntry(row.getInt("cycle_year"), Party.parse(row.getString("owner")),
                        row.getInt("quarter"), ReportStatus.valueOf(row.getString("status")),
                        row.getObject("due_on", LocalDate.class)))
                .list();
    }

    /** Per open cycle with any, how many submitted reports wait for review. */
    public List<ReviewCountEntry> awaitingReview() {
        return jdbc.sql(TO_REVIEW)
                .query((row, number) -> new ReviewCountEntry(row.getInt("cycle_year"), row.getLong("reports")))
                .list();
    }
}
