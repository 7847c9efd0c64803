package org.coordina.annualplanning.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.SqlPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The plans of a cycle, read with one SQL query into {@link PlanEntry} records: the owner's names come from
 * this module's projection of the commissions, the activity count from the activities.
 */
@Repository
public class PlanDirectory {

    static final String NATIONAL_NAME_BG = "Национална комисия";

    static final String NATIONAL_NAME_EN = "National commission";

    private static final Map<String, String> COLUMNS = Map.of("id", "p.id", "owner", "p.owner", "status", "p.status");

    private final JdbcClient jdbc;

    PlanDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of the plans of a cycle; {@code commission}, when given, limits it to the national plan and that
     * commission's (what a local user sees). 404 when there is no such cycle.
     */
    public Page<PlanEntry> page(int year, Optional<String> commission, Pageable pageable) {
        var where = " WHERE p.cycle_year = :year" + (commission.isPresent() ? " AND p.owner IN ('national', :own)" : "");
        var entries = jdbc.sql("""
                SELECT p.id, p.owner, p.status, p.version, k.name_bg, k.name_en,
                       (SELECT count(*) FROM annualplanning.activity a WHERE a.plan_id = p.id) AS activity_count
                FROM annualplanning.plan p
                LEFT JOIN LATERAL (SELECT name_bg, name_en FROM annualplanning.known_commission c
                                   WHERE c.code = p.owner ORDER BY c.source_version DESC LIMIT 1) k ON true
                """ + where + SqlPage.clause(pageable, COLUMNS, "p.owner, p.id"))
                .param("year", year)
                .param("own", commission.orElse(""))
                .query((row, number) -> {
                    var owner = new Party(row.getString("owner"));
                    return new PlanEntry(row.getObject("id", UUID.class), year, owner,
                            owner.isNational() ? NATIONAL_NAME_BG : nameOr(row.getString("name_bg"), owner),
                            owner.isNational() ? NATIONAL_NAME_EN : nameOr(row.getString("name_en"), owner),
                            PlanStatus.valueOf(row.getString("status")), row.getInt("activity_count"),
                            row.getLong("version"));
                })
                .list();
        if (entries.isEmpty() && pageable.getOffset() == 0) {
            requireCycle(year);
        }
        return PageableExecutionUtils.getPage(entries, pageable,
                () -> jdbc.sql("SELECT count(*) FROM annualplanning.plan p" + where)
                        .param("year", year).param("own", commission.orElse(""))
                        .query(Long.class).single());
    }

    private void requireCycle(int year) {
        var known = jdbc.sql("SELECT count(*) FROM annualplanning.planning_cycle WHERE year = ?").param(year)
                .query(Long.class).single();
        if (known == 0) {
            throw DomainProblem.notFound("annualplanning.cycle.notFound", year);
        }
    }

    private static String nameOr(String name, Party owner) {
        return name == null ? owner.value() : name;
    }
}
