package org.coordina.meetings.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.coordina.meetings.events.ActionItemStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The open action items a party is responsible for, soonest due first, read with one statement through the index on
 * the responsible party and status; a commission's users see only those of meetings that concern their commission.
 */
@Repository
public class ActionItemDirectory {

    private final JdbcClient jdbc;

    ActionItemDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@code limit} open items of this party, of the meetings in the scope when one is given. */
    public List<OpenActionItemEntry> openFor(Party responsible, Optional<CommissionCode> scope, int limit) {
        var params = new HashMap<String, Object>();
        params.put("responsible", responsible.value());
        params.put("status", ActionItemStatus.OPEN.name());
        params.put("limit", limit);
        scope.ifPresent(code -> params.put("scope", code.value()));
        return jdbc.sql("SELECT m.id AS meeting_id, m.title_bg, m.title_en, a.id, a.description_bg, a.description_en,"
                + " a.due_date, a.target_year FROM meetings.action_item a JOIN meetings.meeting m ON m.id = a.meeting_id"
                + " WHERE a.responsible = :responsible AND a.status = :status"
                + (scope.isPresent() ? " AND (m.organiser = :scope OR EXISTS (SELECT 1 FROM"
                        + " meetings.invited_commission i WHERE i.meeting_id = m.id AND i.code = :scope))" : "")
                + " ORDER BY a.due_date NULLS LAST, a.target_year, a.id LIMIT :limit")
                .params(params)
                .query((row, number) -> new OpenActionItemEntry(row.getObject("meeting_id", UUID.class),
                        row.getString("title_bg"), row.getString("title_en"), row.getObject("id", UUID.class),
                        row.getString("description_bg"), row.getString("description_en"),
                        row.getObject("due_date", LocalDate.class), row.getInt("target_year")))
                .list();
    }
}
