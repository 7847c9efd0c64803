package org.coordina.annualplanning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.coordina.sharedkernel.persistence.SqlPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The list of planning cycles, read with one SQL query into {@link CycleEntry} records. */
@Repository
public class CycleDirectory {

    private static final Map<String, String> COLUMNS = Map.of("id", "id", "year", "year", "status", "status");

    private final JdbcClient jdbc;

    CycleDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of cycles, sorted by whitelisted properties. */
    public Page<CycleEntry> page(Pageable pageable) {
        var entries = jdbc.sql("SELECT id, year, status, plan_submission_due, report_due_days, national_approval_target,"
                + " opened_at, closed_at, version FROM annualplanning.planning_cycle"
                + SqlPage.clause(pageable, COLUMNS, "year DESC, id"))
                .query((row, number) -> new CycleEntry(row.getObject("id", UUID.class), row.getInt("year"),
                        CycleStatus.valueOf(row.getString("status")), row.getObject("plan_submission_due",
                                LocalDate.class),
                        row.getInt("report_due_days"), row.getObject("national_approval_target", LocalDate.class),
                        instant(row, "opened_at"), instant(row, "closed_at"), row.getLong("version")))
                .list();
        return PageableExecutionUtils.getPage(entries, pageable,
                () -> jdbc.sql("SELECT count(*) FROM annualplanning.planning_cycle").query(Long.class).single());
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
