package org.coordina.internationalcooperation.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coordina.internationalcooperation.events.AgreementKind;
import org.coordina.internationalcooperation.events.CooperationActivityKind;
import org.coordina.internationalcooperation.events.LegislativeStage;
import org.coordina.internationalcooperation.events.PartnerKind;
import org.coordina.internationalcooperation.events.ReportingBody;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.persistence.SqlPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists of international cooperation, each one SQL statement into records (children as arrays), optionally
 * filtered, with the count run only when a page is full; and the deadlines of the calendar feed.
 */
@Repository
public class CooperationDirectory {

    private final JdbcClient jdbc;

    CooperationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<PartnerEntry> partners(PartnerKind kind, Pageable pageable) {
        var filter = new JdbcFilter().add(kind != null, "p.kind = :kind", "kind", kind == null ? null : kind.name());
        return page("SELECT p.id, p.name_bg, p.name_en, p.kind, p.country, p.website, p.version"
                + " FROM internationalcooperation.partner p",
                " FROM internationalcooperation.partner p", filter, pageable,
                Map.of("id", "p.id", "nameBg", "p.name_bg", "nameEn", "p.name_en", "kind", "p.kind", "country", "p.country"),
                "p.name_en, p.id",
                (row, n) -> new PartnerEntry(uuid(row, "id"), row.getString("name_bg"), row.getString("name_en"),
                        PartnerKind.valueOf(row.getString("kind")), row.getString("country"), row.getString("website"),
                        row.getLong("version")));
    }

    public Page<AgreementEntry> agreements(AgreementStatus status, Pageable pageable) {
        var filter = new JdbcFilter().add(status != null, "a.status = :status", "status", status == null ? null : status.name());
        return page("SELECT a.id, a.kind, a.title_bg, a.title_en, a.signed_on, a.valid_from, a.valid_to, a.status,"
                + " a.version, ARRAY(SELECT ap.partner_id FROM internationalcooperation.agreement_partner ap"
                + " WHERE ap.agreement_id = a.id ORDER BY ap.partner_id) AS partner_ids"
                + " FROM internationalcooperation.agreement a",
                " FROM internationalcooperation.agreement a", filter, pageable,
                Map.of("id", "a.id", "validFrom", "a.valid_from", "validTo", "a.valid_to", "titleEn", "a.title_en",
                        "titleBg", "a.title_bg", "status", "a.status"),
                "a.valid_from DESC, a.id",
                (row, n) -> new AgreementEntry(uuid(row, "id"), AgreementKind.valueOf(row.getString("kind")),
                        row.getString("title_bg"), row.getString("title_en"), uuids(row.getArray("partner_ids")),
                        date(row, "signed_on"), date(row, "valid_from"), date(row, "valid_to"),
                        AgreementStatus.valueOf(row.getString("status")), row.getLong("version")));
    }

    public Page<ActivityEntry> activities(CooperationActivityKind kind, CommissionCode commission, Pageable pageable) {
        var filter = new JdbcFilter().add(kind != null, "c.kind = :kind", "kind", kind == null ? null : kind.name())
                .add(commission != null, "EXISTS (SELECT 1 FROM internationalcooperation.activity_commission f"
                        + " WHERE f.activity_id = c.id AND f.code = :commission)", "commission",
                        commission == null ? null : commission.value());
        return page("SELECT c.id, c.kind, c.title_bg, c.title_en, c.starts_on, c.ends_on, c.place, c.version,"
                + " ARRAY(SELECT ac.code FROM internationalcooperation.activity_commission ac"
                + " WHERE ac.activity_id = c.id ORDER BY ac.code) AS commissions"
                + " FROM internationalcooperation.cooperation_activity c",
                " FROM internationalcooperation.cooperation_activity c", filter, pageable,
                Map.of("id", "c.id", "startsOn", "c.starts_on", "titleEn", "c.title_en", "titleBg", "c.title_bg",
                        "kind", "c.kind"),
                "c.starts_on DESC, c.id",
                (row, n) -> new ActivityEntry(uuid(row, "id"), CooperationActivityKind.valueOf(row.getString("kind")),
                        row.getString("title_bg"), row.getString("title_en"), date(row, "starts_on"), date(row, "ends_on"),
                        row.getString("place"), List.of((String[]) row.getArray("commissions").getArray()),
                        row.getLong("version")));
    }

    public Page<ObligationEntry> obligations(ReportingBody body, Pageable pageable) {
        var filter = new JdbcFilter().add(body != null, "o.body = :body", "body", body == null ? null : body.name());
        return page("SELECT o.id, o.body, o.title_bg, o.title_en, o.recurrence_kind, o.responsible_unit, o.version,"
                + " n.due_on AS next_due_on, n.status AS next_status FROM internationalcooperation.obligation o"
                + " LEFT JOIN LATERAL (SELECT x.due_on, x.status FROM internationalcooperation.obligation_occurrence x"
                + " WHERE x.obligation_id = o.id AND x.status <> 'SUBMITTED' ORDER BY x.sequence LIMIT 1) n ON true",
                " FROM internationalcooperation.obligation o", filter, pageable,
                Map.of("id", "o.id", "nextDueOn", "n.due_on", "titleEn", "o.title_en", "titleBg", "o.title_bg",
                        "body", "o.body"),
                "n.due_on NULLS LAST, o.id",
                (row, n) -> new ObligationEntry(uuid(row, "id"), ReportingBody.valueOf(row.getString("body")),
                        row.getString("title_bg"), row.getString("title_en"),
                        RecurrenceKind.valueOf(row.getString("recurrence_kind")), row.getString("responsible_unit"),
                        date(row, "next_due_on"), row.getString("next_status") == null ? null
                                : OccurrenceStatus.valueOf(row.getString("next_status")),
                        row.getLong("version")));
    }

    public Page<InitiativeEntry> initiatives(LegislativeStage stage, Pageable pageable) {
        var filter = new JdbcFilter().add(stage != null, "i.stage = :stage", "stage", stage == null ? null : stage.name());
        return page("SELECT i.id, i.title_bg, i.title_en, i.eu_act, i.responsible_institution, i.stage, i.version,"
                + " (SELECT max(s.reached_on) FROM internationalcooperation.initiative_stage s"
                + " WHERE s.initiative_id = i.id) AS reached_on FROM internationalcooperation.legislative_initiative i",
                " FROM internationalcooperation.legislative_initiative i", filter, pageable,
                Map.of("id", "i.id", "titleEn", "i.title_en", "titleBg", "i.title_bg", "stage", "i.stage"),
                "i.title_en, i.id",
                (row, n) -> new InitiativeEntry(uuid(row, "id"), row.getString("title_bg"), row.getString("title_en"),
                        row.getString("eu_act"), row.getString("responsible_institution"),
                        LegislativeStage.valueOf(row.getString("stage")), date(row, "reached_on"), row.getLong("version")));
    }

    /** Every deadline of every obligation from {@code since} on, earliest first, for the calendar. */
    public List<DeadlineEntry> deadlines(LocalDate since) {
        return jdbc.sql("SELECT x.id, o.id AS obligation_id, o.body, o.title_bg, o.title_en, o.legal_basis,"
                + " o.responsible_unit, x.due_on, x.status, o.last_modified_at"
                + " FROM internationalcooperation.obligation_occurrence x"
                + " JOIN internationalcooperation.obligation o ON o.id = x.obligation_id"
                + " WHERE x.due_on >= :since ORDER BY x.due_on, x.id")
                .param("since", since)
                .query((row, n) -> new DeadlineEntry(uuid(row, "id"), uuid(row, "obligation_id"),
                        ReportingBody.valueOf(row.getString("body")), row.getString("title_bg"), row.getString("title_en"),
                        row.getString("legal_basis"), row.getString("responsible_unit"), date(row, "due_on"),
                        OccurrenceStatus.valueOf(row.getString("status")),
                        row.getTimestamp("last_modified_at").toInstant()))
                .list();
    }

    /**
     * The deadlines not yet met that fall due by {@code until} (the overdue ones included), earliest first, at most
     * {@code limit}: the home page's "due soon" (the partial index of open deadlines).
     */
    public List<DeadlineEntry> openDeadlinesDueBy(LocalDate until, int limit) {
        return jdbc.sql("SELECT x.id, o.id AS obligation_id, o.body, o.title_bg, o.title_en, o.legal_basis,"
                + " o.responsible_unit, x.due_on, x.status, o.last_modified_at"
                + " FROM internationalcooperation.obligation_occurrence x"
                + " JOIN internationalcooperation.obligation o ON o.id = x.obligation_id"
                + " WHERE x.status <> 'SUBMITTED' AND x.due_on <= :until ORDER BY x.due_on, x.id LIMIT :limit")
                .param("until", until).param("limit", limit)
                .query((row, n) -> new DeadlineEntry(uuid(row, "id"), uuid(row, "obligation_id"),
                        ReportingBody.valueOf(row.getString("body")), row.getString("title_bg"), row.getString("title_en"),
                        row.getString("legal_basis"), row.getString("responsible_unit"), date(row, "due_on"),
                        OccurrenceStatus.valueOf(row.getString("status")),
                        row.getTimestamp("last_modified_at").toInstant()))
                .list();
    }

    /** A page of {@code select}, counted over {@code countFrom} (the main table, which the filter names). */
    private <T> Page<T> page(String select, String countFrom, JdbcFilter filter, Pageable pageable, Map<String, String> columns,
            String defaultOrder, RowMapper<T> mapper) {
        var entries = jdbc.sql(select + filter.where() + SqlPage.clause(pageable, columns, defaultOrder))
                .params(filter.params()).query(mapper).list();
        return PageableExecutionUtils.getPage(entries, pageable,
                () -> jdbc.sql("SELECT count(*)" + countFrom + filter.where()).params(filter.params()).query(Long.class).single());
    }

    private static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return List.of((UUID[]) array.getArray());
    }
}
