package org.coordina.regionalcommissions.internal;

import org.coordina.sharedkernel.persistence.SqlPage;
import java.util.Map;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The list of commissions, read with one SQL query into {@link CommissionEntry} records instead of
 * loading the aggregates: mapping whole aggregates (embedded founding act, chair, secretary, audit
 * trail) took most of the CPU of this read (ADR 5). No transaction: each statement sees a committed
 * snapshot of its own, which is all a transaction at READ COMMITTED would give a page and its count.
 */
@Repository
public class CommissionDirectory {

    private static final Map<String, String> COLUMNS = Map.of("id", "id", "code", "code", "nameBg", "name_bg",
            "nameEn", "name_en", "city", "city", "status", "status");

    private final JdbcClient jdbc;

    CommissionDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of commissions, sorted by whitelisted properties. */
    public Page<CommissionEntry> page(Pageable pageable) {
        var entries = jdbc.sql("SELECT id, code, name_bg, name_en, city, status, version FROM regionalcommissions.commission"
                + SqlPage.clause(pageable, COLUMNS, "code, id"))
                .query((row, number) -> new CommissionEntry(row.getObject("id", UUID.class),
                        new CommissionCode(row.getString("code")), row.getString("name_bg"), row.getString("name_en"),
                        row.getString("city"), CommissionStatus.valueOf(row.getString("status")), row.getLong("version")))
                .list();
        return PageableExecutionUtils.getPage(entries, pageable,
                () -> jdbc.sql("SELECT count(*) FROM regionalcommissions.commission").query(Long.class).single());
    }
}
