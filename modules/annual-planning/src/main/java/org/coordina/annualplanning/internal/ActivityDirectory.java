package org.coordina.annualplanning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityOrigin;
import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.SqlPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The activities of a plan, read with one SQL query into {@link ActivityEntry} records; each activity's
 * status is that of its latest quarterly progress, found by a lateral join on the progress index.
 */
@Repository
public class ActivityDirectory {

    private static final Map<String, String> COLUMNS = Map.of("id", "a.id", "sectionCode", "a.section_code",
            "titleBg", "a.title_bg", "titleEn", "a.title_en");

    private final JdbcClient jdbc;

    ActivityDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the activities of this owner's plan of this year; 404 when there is no such plan. */
    public Page<ActivityEntry> page(int year, Party owner, Pageable pageable) {
        var entries = jdbc.sql("""
                SELECT a.id, a.section_code, a.objective_code, a.title_bg, a.title_en, a.serves_activity_id, a.origin,
                       a.version, COALESCE(latest.status, 'NOT_STARTED') AS status
                FROM annualplanning.activity a
                LEFT JOIN LATERAL (SELECT p.status FROM annualplanning.activity_progress p
                                   WHERE p.activity_id = a.id ORDER BY p.quarter DESC LIMIT 1) latest ON true
                WHERE a.cycle_year = :year AND a.owner = :owner
                """ + SqlPage.clause(pageable, COLUMNS, "a.section_code, a.id"))
                .param("year", year)
                .param("owner", owner.value())
                .query((row, number) -> new ActivityEntry(row.getObject("id", UUID.class), row.getString("section_code"),
                        row.getString("objective_code"), row.getString("title_bg"), row.getString("title_en"),
                        row.getObject("serves_activity_id", UUID.class), ActivityOrigin.valueOf(row.getString("origin")),
                        ActivityStatus.valueOf(row.getString("status")), row.getLong("version")))
                .list();
        if (entries.isEmpty()) {
            planId(year, owner);
        }
        return PageableExecutionUtils.getPage(entries, pageable,
                () -> jdbc.sql("SELECT count(*) FROM annualplanning.activity WHERE cycle_year = ? AND owner = ?")
                        .params(year, owner.value()).query(Long.class).single());
    }

    /** The plan's id followed by the ids of its activities: whose changes make up the plan's history. */
    public List<UUID> planAndActivityIds(int year, Party owner) {
        var planId = planId(year, owner);
        var ids = new ArrayList<UUID>();
        ids.add(planId);
        ids.addAll(jdbc.sql("SELECT id FROM annualplanning.activity WHERE plan_id = ?").param(planId)
                .query(UUID.class).list());
        return ids;
    }

    private UUID planId(int year, Party owner) {
        return jdbc.sql("SELECT id FROM annualplanning.plan WHERE cycle_year = ? AND owner = ?")
                .params(year, owner.value()).query(UUID.class).optional()
                .orElseThrow(() -> DomainProblem.notFound("annualplanning.plan.notFound", owner, year));
    }
}
