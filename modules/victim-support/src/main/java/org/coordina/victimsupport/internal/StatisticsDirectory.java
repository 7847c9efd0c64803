package org.coordina.victimsupport.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.persistence.SqlPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists of quarterly statistics, read with SQL into records: a commission's quarters (its unique key) and the
 * submissions in a status (the status index), newest first; no counts leave here.
 */
@Repository
public class StatisticsDirectory {

    private static final Map<String, String> COLUMNS = Map.of("id", "id", "commission", "commission_code", "year",
            "year", "quarter", "quarter", "status", "status");

    private static final String SELECT = "SELECT commission_code, year, quarter, status, submitted_at, accepted_at,"
            + " version FROM victimsupport.victim_statistics";

    private final JdbcClient jdbc;

    StatisticsDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the statistics of one commission or of all, optionally in one status. */
    public Page<SubmissionEntry> page(CommissionCode commission, StatisticsStatus status, Pageable pageable) {
        var where = new StringBuilder(" WHERE true");
        var params = new HashMap<String, Object>();
        if (commission != null) {
            where.append(" AND commission_code = :code");
            params.put("code", commission.value());
        }
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", status.name());
        }
        var entries = jdbc.sql(SELECT + where + SqlPage.clause(pageable, COLUMNS,
                "year DESC, quarter DESC, commission_code")).params(params).query(this::entry).list();
        return PageableExecutionUtils.getPage(entries, pageable,
                () -> jdbc.sql("SELECT count(*) FROM victimsupport.victim_statistics" + where).params(params)
                        .query(Long.class).single());
    }

    /** The commission's statistics in this status, newest first, at most {@code limit} (the home page). */
    public List<SubmissionEntry> inStatus(CommissionCode commission, StatisticsStatus status, int limit) {
        return jdbc.sql(SELECT + " WHERE commission_code = :code AND status = :status"
                + " ORDER BY year DESC, quarter DESC LIMIT :limit")
                .param("code", commission.value()).param("status", status.name()).param("limit", limit)
                .query(this::entry).list();
    }

    /** Whether the commission has statistics of this quarter in any status. */
    public boolean exists(CommissionCode commission, int year, int quarter) {
        return jdbc.sql("SELECT count(*) FROM victimsupport.victim_statistics"
                + " WHERE commission_code = :code AND year = :year AND quarter = :quarter")
                .param("code", commission.value()).param("year", year).param("quarter", quarter)
                .query(Long.class).single() > 0;
    }

    /** The years with accepted statistics, newest first (the published tables' years). */
    public List<Integer> acceptedYears() {
        return jdbc.sql("SELECT DISTINCT year FROM victimsupport.victim_statistics WHERE status = 'ACCEPTED'"
                + " ORDER BY year DESC").query(Integer.class).list();
    }

    private SubmissionEntry entry(ResultSet row, int number) throws SQLException {
        return new SubmissionEntry(CommissionCode.parse(row.getString("commission_code")), row.getInt("year"),
                row.getInt("quarter"), StatisticsStatus.valueOf(row.getString("status")),
                instant(row.getTimestamp("submitted_at")), instant(row.getTimestamp("accepted_at")),
                row.getLong("version"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
