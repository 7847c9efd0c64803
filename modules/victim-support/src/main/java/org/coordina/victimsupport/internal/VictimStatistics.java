package org.coordina.victimsupport.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.coordina.victimsupport.events.ProtectedFigure;
import org.coordina.victimsupport.events.VictimStatisticsAccepted;
import org.coordina.victimsupport.events.VictimStatisticsSubmitted;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One commission's victim statistics of one quarter: aggregate counts only, stored as the cells of the
 * predefined tabulations, always consistent ({@link StatisticsTable}). A draft changes freely; submitting
 * and accepting publish the protected tables; accepted statistics change only by a correction with a
 * reason, which publishes the corrected tables.
 */
@Table(schema = "victimsupport", name = "victim_statistics")
public class VictimStatistics extends AbstractAggregateRoot<VictimStatistics> {

    static final int FIRST_YEAR = 2000;

    static final int LAST_YEAR = 2100;

    @Id
    private UUID id;

    private String commissionCode;

    private int year;

    private int quarter;

    private StatisticsStatus status;

    private int total;

    @MappedCollection(idColumn = "statistics_id")
    private Set<StatisticsCell> cells = new HashSet<>();

    private Instant submittedAt;

    private Instant acceptedAt;

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private VictimStatistics() {
    }

    static VictimStatistics draft(CommissionCode commission, int year, int quarter, StatisticsTable table) {
        requirePeriod(year, quarter);
        var statistics = new VictimStatistics();
        statistics.id = UUID.randomUUID();
        statistics.commissionCode = commission.value();
        statistics.year = year;
        statistics.quarter = quarter;
        statistics.status = StatisticsStatus.DRAFT;
        statistics.apply(table);
        return statistics;
    }

    /** Refuses a quarter that is not 1 to 4 or a year out of range (422). */
    static void requirePeriod(int year, int quarter) {
        if (year < FIRST_YEAR || year > LAST_YEAR || quarter < 1 || quarter > 4) {
            throw DomainProblem.ruleViolated("victimsupport.statistics.period", year, quarter);
        }
    }

    /** Replaces the counts of a draft; whether they changed. */
    boolean replace(StatisticsTable table) {
        requireStatus(StatisticsStatus.DRAFT);
        if (table.equals(table())) {
            return false;
        }
        apply(table);
        return true;
    }

    void submit(DisclosureControl disclosure, Instant now) {
        requireStatus(StatisticsStatus.DRAFT);
        status = StatisticsStatus.SUBMITTED;
        submittedAt = now;
        registerEvent(new VictimStatisticsSubmitted(UUID.randomUUID(), now, id, version + 1, getCommission(), year,
                quarter, disclosure.protect(table())));
    }

    void accept(DisclosureControl disclosure, Instant now) {
        requireStatus(StatisticsStatus.SUBMITTED);
        status = StatisticsStatus.ACCEPTED;
        acceptedAt = now;
        registerEvent(new VictimStatisticsAccepted(UUID.randomUUID(), now, id, version + 1, getCommission(), year,
                quarter, disclosure.protect(table()), false));
    }

    /** Corrects accepted counts; a reason is required; whether they changed. */
    boolean correct(StatisticsTable table, String reason, DisclosureControl disclosure, Instant now) {
        requireStatus(StatisticsStatus.ACCEPTED);
        if (reason == null || reason.isBlank()) {
            throw DomainProblem.ruleViolated("victimsupport.statistics.reasonRequired");
        }
        PersonalDataGuard.check("reason", reason);
        if (table.equals(table())) {
            return false;
        }
        apply(table);
        registerEvent(new VictimStatisticsAccepted(UUID.randomUUID(), now, id, version + 1, getCommission(), year,
                quarter, disclosure.protect(table), true));
        return true;
    }

    private void requireStatus(StatisticsStatus required) {
        if (status != required) {
            throw DomainProblem.conflict("victimsupport.statistics.wrongStatus", getCommission(), year, quarter,
                    status);
        }
    }

    private void apply(StatisticsTable table) {
        total = table.total();
        cells = new HashSet<>(table.cells());
    }

    /** The counts, as a consistent table. */
    public StatisticsTable table() {
        return StatisticsTable.of(total, cells);
    }

    /**
     * The fields as the history records them: the counts protected as everyone but the national experts
     * sees them (the auditor reads the history), "suppressed" for a hidden one.
     */
    Map<String, Object> snapshot(DisclosureControl disclosure) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("status", status);
        var published = disclosure.protect(table());
        fields.put("total", text(published.total()));
        published.margins().forEach(margin -> fields.put(margin.dimension() + "/" + margin.value(),
                text(margin.figure())));
        published.cells().forEach(cell -> fields.put(cell.tabulation() + "/" + cell.row() + "/" + cell.column(),
                text(cell.figure())));
        return fields;
    }

    private static String text(ProtectedFigure figure) {
        return figure.suppressed() ? "suppressed" : String.valueOf(figure.count());
    }

    public UUID getId() {
        return id;
    }

    public CommissionCode getCommission() {
        return CommissionCode.parse(commissionCode);
    }

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }

    public StatisticsStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public long getVersion() {
        return version;
    }

    public AuditTrail getAudit() {
        return audit;
    }
}
