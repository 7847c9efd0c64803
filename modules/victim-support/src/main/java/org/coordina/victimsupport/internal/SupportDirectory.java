package org.coordina.victimsupport.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.persistence.SqlPage;
import org.coordina.victimsupport.events.ServiceStatus;
import org.coordina.victimsupport.events.ServiceType;
import org.coordina.victimsupport.events.SupportActivityKind;
import org.coordina.victimsupport.events.TargetGroup;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lists of support services and of a commission's support activities, read with SQL into records. */
@Repository
public class SupportDirectory {

    private static final Map<String, String> SERVICE_COLUMNS = Map.of("id", "id", "nameBg", "name_bg", "nameEn",
            "name_en", "city", "city", "type", "type", "status", "status");

    private static final Map<String, String> ACTIVITY_COLUMNS = Map.of("id", "id", "periodFrom", "period_from",
            "periodTo", "period_to", "kind", "kind", "status", "status");

    private final JdbcClient jdbc;

    SupportDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the register. */
    public Page<ServiceEntry> services(Pageable pageable) {
        var entries = jdbc.sql("SELECT id, name_bg, name_en, type, target_group, city, operator, capacity, active_from,"
                + " active_to, status, version FROM victimsupport.support_service"
                + SqlPage.clause(pageable, SERVICE_COLUMNS, "name_en, id"))
                .query((row, number) -> new ServiceEntry(row.getObject("id", UUID.class), row.getString("name_bg"),
                        row.getString("name_en"), ServiceType.valueOf(row.getString("type")),
                        TargetGroup.valueOf(row.getString("target_group")), row.getString("city"),
                        row.getString("operator"), (Integer) row.getObject("capacity"), date(row, "active_from"),
                        date(row, "active_to"), ServiceStatus.valueOf(row.getString("status")), row.getLong("version")))
                .list();
        return PageableExecutionUtils.getPage(entries, pageable,
                () -> jdbc.sql("SELECT count(*) FROM victimsupport.support_service").query(Long.class).single());
    }

    /** A page of a commission's support activities (index on the commission and period). */
    public Page<ActivityEntry> activities(CommissionCode commission, Pageable pageable) {
        var entries = jdbc.sql("SELECT id, commission_code, kind, period_from, period_to, service_id, people_supported,"
                + " description, planning_activity_id, status, version FROM victimsupport.support_activity"
                + " WHERE commission_code = :code"
                + SqlPage.clause(pageable, ACTIVITY_COLUMNS, "period_from DESC, id"))
                .param("code", commission.value())
                .query((row, number) -> new ActivityEntry(row.getObject("id", UUID.class),
                        CommissionCode.parse(row.getString("commission_code")),
                        SupportActivityKind.valueOf(row.getString("kind")), date(row, "period_from"),
                        date(row, "period_to"), row.getObject("service_id", UUID.class), row.getInt("people_supported"),
                        row.getString("description"), row.getObject("planning_activity_id", UUID.class),
                        SupportActivityStatus.valueOf(row.getString("status")), row.getLong("version")))
                .list();
        return PageableExecutionUtils.getPage(entries, pageable,
                () -> jdbc.sql("SELECT count(*) FROM victimsupport.support_activity WHERE commission_code = :code")
                        .param("code", commission.value()).query(Long.class).single());
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
