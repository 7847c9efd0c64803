package org.coordina.regionalcommissions.internal;

import org.coordina.sharedkernel.persistence.SqlPage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A commission's members, page by page: one SQL query joining the commission by its code, mapped
 * straight into {@link MemberEntry} records (ADR 5). The commission's existence is only checked
 * when the page is empty, so that an unknown code still answers 404. No transaction, as in
 * {@link CommissionDirectory}.
 */
@Repository
public class MemberRoster {

    private static final Map<String, String> COLUMNS = Map.of("id", "m.id", "name", "m.name", "institution",
            "m.institution", "joinedOn", "m.joined_on", "leftOn", "m.left_on");

    private static final String FROM = " FROM regionalcommissions.member m"
            + " JOIN regionalcommissions.commission c ON c.id = m.commission_id WHERE c.code = :code";

    private final JdbcClient jdbc;

    MemberRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the commission's members, sorted by whitelisted properties; 404 for an unknown commission. */
    public Page<MemberEntry> page(CommissionCode code, Pageable pageable) {
        List<MemberEntry> entries = jdbc.sql("SELECT m.id, m.name, m.institution, m.position, m.email, m.phone,"
                + " m.joined_on, m.left_on, m.version" + FROM + SqlPage.clause(pageable, COLUMNS, "m.name, m.id"))
                .param("code", code.value())
                .query((row, number) -> new MemberEntry(row.getObject("id", UUID.class), row.getString("name"),
                        row.getString("institution"), row.getString("position"), row.getString("email"),
                        row.getString("phone"), row.getObject("joined_on", LocalDate.class),
                        row.getObject("left_on", LocalDate.class), row.getLong("version")))
                .list();
        if (entries.isEmpty() && !exists(code)) {
            throw DomainProblem.notFound("regionalcommissions.commission.notFound", code);
        }
        return PageableExecutionUtils.getPage(entries, pageable,
                () -> jdbc.sql("SELECT count(*)" + FROM).param("code", code.value()).query(Long.class).single());
    }

    private boolean exists(CommissionCode code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM regionalcommissions.commission WHERE code = :code)")
                .param("code", code.value()).query(Boolean.class).single();
    }
}
