package org.coordina.annualplanning.internal;

import java.util.Map;
import java.util.UUID;

import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.SqlPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The backlog of one owner for one year, read into {@link ProposalEntry} records (index on year, owner
 * and status). The year's cycle need not exist yet: proposals wait for it.
 */
@Repository
public class ProposalList {

    private static final Map<String, String> COLUMNS = Map.of("id", "id", "title", "title_en", "titleBg", "title_bg",
            "section", "section_code", "status", "status");

    private static final String WHERE = " FROM annualplanning.proposal WHERE target_year = :year AND owner = :owner"
            + " AND (CAST(:status AS varchar) IS NULL OR status = :status)";

    private final JdbcClient jdbc;

    ProposalList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the owner's proposals for the year, all of them or those in one status. */
    public Page<ProposalEntry> page(int year, Party owner, ProposalStatus status, Pageable pageable) {
        var statusName = status == null ? null : status.name();
        var entries = jdbc.sql("SELECT id, target_year, owner, origin, origin_id, origin_meeting_id, section_code, title_bg, title_en, status,"
                + " decline_reason, adopted_activity_id, version" + WHERE
                + SqlPage.clause(pageable, COLUMNS, "created_at, id"))
                .param("year", year).param("owner", owner.value()).param("status", statusName)
                .query((row, n) -> new ProposalEntry(row.getObject("id", UUID.class), row.getInt("target_year"),
                        row.getString("owner"), ProposalOrigin.valueOf(row.getString("origin")),
                        row.getObject("origin_id", UUID.class), row.getObject("origin_meeting_id", UUID.class),
                        row.getString("section_code"), row.getString("title_bg"),
                        row.getString("title_en"), ProposalStatus.valueOf(row.getString("status")),
                        row.getString("decline_reason"), row.getObject("adopted_activity_id", UUID.class),
                        row.getLong("version")))
                .list();
        return PageableExecutionUtils.getPage(entries, pageable, () -> jdbc.sql("SELECT count(*)" + WHERE)
                .param("year", year).param("owner", owner.value()).param("status", statusName)
                .query(Long.class).single());
    }
}
