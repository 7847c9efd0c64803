package org.coordina.victimsupport.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;

/**
 * The journal of raw (unprotected) exports ({@code victimsupport.raw_export}): who took which table out of
 * the national experts' hands, and when. Written before the download is sent.
 */
@Repository
public class RawExports {

    private final JdbcClient jdbc;

    private final Clock clock;

    RawExports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a raw export of the tables of this period and scope (no commission: national), by the signed-in user. */
    public void record(int year, TablePeriod period, CommissionCode commission, String format) {
        var user = SecurityContextHolder.getContext().getAuthentication();
        jdbc.sql("INSERT INTO victimsupport.raw_export (exported_by, exported_at, year, period, scope, format)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(user == null ? "system" : user.getName(), Timestamp.from(clock.instant()), year, period.name(),
                        commission == null ? "national" : commission.value(), format)
                .update();
    }

    /** How many raw exports are recorded (for tests and the auditor's curiosity). */
    public long count() {
        return jdbc.sql("SELECT count(*) FROM victimsupport.raw_export").query(Long.class).single();
    }
}
