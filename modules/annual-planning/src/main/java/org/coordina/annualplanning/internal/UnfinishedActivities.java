package org.coordina.annualplanning.internal;

import java.util.List;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.sharedkernel.domain.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The activities of a year whose latest reported status is neither COMPLETED nor CANCELLED (NOT_STARTED
 * when never reported): what closing the cycle carries over. One statement for the whole year.
 */
@Repository
class UnfinishedActivities {

    private final JdbcClient jdbc;

    UnfinishedActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UnfinishedActivity> of(int year) {
        return jdbc.sql("""
                SELECT a.id, a.cycle_year, a.owner, a.section_code, a.title_bg, a.title_en, a.description,
                       COALESCE(latest.status, 'NOT_STARTED') AS status
                FROM annualplanning.activity a
                LEFT JOIN LATERAL (
                    SELECT p.status FROM annualplanning.activity_progress p
                    WHERE p.activity_id = a.id ORDER BY p.quarter DESC LIMIT 1) latest ON true
                WHERE a.cycle_year = ? AND COALESCE(latest.status, 'NOT_STARTED') NOT IN ('COMPLETED', 'CANCELLED')
                ORDER BY a.owner, a.section_code, a.id
                """)
                .param(year)
                .query((row, n) -> new UnfinishedActivity(row.getObject("id", UUID.class), row.getInt("cycle_year"),
                        new Party(row.getString("owner")), row.getString("section_code"), row.getString("title_bg"),
                        row.getString("title_en"), row.getString("description"),
                        ActivityStatus.valueOf(row.getString("status"))))
                .list();
    }
}
