package org.coordina.annualplanning.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.annualplanning.events.QuarterlyReportAccepted;
import org.coordina.annualplanning.events.QuarterlyReportDueSoon;
import org.coordina.annualplanning.events.QuarterlyReportOverdue;
import org.coordina.annualplanning.events.QuarterlyReportReopened;
import org.coordina.annualplanning.events.QuarterlyReportReturned;
import org.coordina.annualplanning.events.QuarterlyReportSubmitted;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The report of an approved plan on one quarter. The owner edits it (through its activities' progress
 * entries) from the quarter's first day and submits it; the national administration accepts it, which
 * locks it, or returns it with comments. A reopened accepted report goes back to RETURNED, with the
 * reason as its comments: it was handed in once, so the owner corrects and resubmits it like any
 * returned report (and, past its due date, it counts as overdue again).
 */
@Table(schema = "annualplanning", name = "quarterly_report")
public class QuarterlyReport extends AbstractAggregateRoot<QuarterlyReport> {

    /** How many days before its due date a report not handed in is announced. */
    static final int DUE_SOON_DAYS = 7;

    @Id
    private UUID id;

    private UUID planId;

    private int cycleYear;

    private String owner;

    private int quarter;

    private ReportStatus status;

    private LocalDate dueOn;

    private String comments;

    private Instant submittedAt;

    private Instant overdueNotifiedAt;

    private Instant dueSoonNotifiedAt;

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private QuarterlyReport() {
    }

    /** The empty draft report of this plan on this quarter, due on {@code dueOn}. */
    static QuarterlyReport open(Plan plan, int quarter, LocalDate dueOn) {
        var report = new QuarterlyReport();
        report.id = UUID.randomUUID();
        report.planId = plan.getId();
        report.cycleYear = plan.getCycleYear();
        report.owner = plan.getOwner().value();
        report.quarter = Quarter.check(quarter);
        report.status = ReportStatus.DRAFT;
        report.dueOn = dueOn;
        return report;
    }

    /**
     * Refuses a change of a report in this status and quarter on {@code today}: only DRAFT and RETURNED
     * reports change (409 naming the status), and not before the quarter's first day (409).
     */
    static void requireEditable(Party owner, int year, int quarter, ReportStatus status, LocalDate today) {
        if (!status.isEditable()) {
            throw DomainProblem.conflict("annualplanning.report.notEditable", owner, year, quarter, status);
        }
        var firstDay = Quarter.firstDay(year, quarter);
        if (today.isBefore(firstDay)) {
            throw DomainProblem.conflict("annualplanning.report.notYetOpen", owner, year, quarter, firstDay);
        }
    }

    /** The owner hands the report in; {@code activitiesByStatus} counts (every status, zero where none) the plan's activities by reported status. */
    void submit(Map<ActivityStatus, Integer> activitiesByStatus, Instant now, LocalDate today) {
        requireEditable(getOwner(), cycleYear, quarter, status, today);
        var summary = new EnumMap<ActivityStatus, Integer>(ActivityStatus.class);
        for (ActivityStatus each : ActivityStatus.values()) {
            summary.put(each, activitiesByStatus.getOrDefault(each, 0));
        }
        status = ReportStatus.SUBMITTED;
        submittedAt = now;
        registerEvent(new QuarterlyReportSubmitted(UUID.randomUUID(), now, id, version + 1, cycleYear, getOwner(),
                quarter, Collections.unmodifiableMap(summary)));
    }

    /** The national administration accepts a submitted report; it is locked from now on. */
    void accept(Instant now) {
        requireStatus(ReportStatus.SUBMITTED);
        status = ReportStatus.ACCEPTED;
        comments = null;
        registerEvent(new QuarterlyReportAccepted(UUID.randomUUID(), now, id, version + 1, cycleYear, getOwner(), quarter));
    }

    /** The national administration sends a submitted report back with its comments. */
    void returnWith(String comments, Instant now) {
        requireStatus(ReportStatus.SUBMITTED);
        this.comments = requireText(comments);
        status = ReportStatus.RETURNED;
        registerEvent(new QuarterlyReportReturned(UUID.randomUUID(), now, id, version + 1, cycleYear, getOwner(),
                quarter, this.comments));
    }

    /** The national administration unlocks an accepted report for corrections; it becomes RETURNED. */
    void reopen(String reason, Instant now) {
        requireStatus(ReportStatus.ACCEPTED);
        comments = requireText(reason);
        status = ReportStatus.RETURNED;
        registerEvent(new QuarterlyReportReopened(UUID.randomUUID(), now, id, version + 1, cycleYear, getOwner(),
                quarter, comments));
    }

    /**
     * Announces the report as overdue when it is past its due date on {@code today}, not handed in, and not
     * announced before; tells whether it did (so that the job saves only what changed).
     */
    boolean markOverdue(LocalDate today, Instant now) {
        if (overdueNotifiedAt != null || !isOverdue(today)) {
            return false;
        }
        overdueNotifiedAt = now;
        registerEvent(new QuarterlyReportOverdue(UUID.randomUUID(), now, id, version + 1, cycleYear, getOwner(),
                quarter, dueOn));
        return true;
    }

    /**
     * Announces the report as due soon when, on {@code today}, it is due within seven days (the due day
     * included), not handed in, and not announced before; tells whether it did.
     */
    boolean markDueSoon(LocalDate today, Instant now) {
        if (dueSoonNotifiedAt != null || !isDueSoon(today)) {
            return false;
        }
        dueSoonNotifiedAt = now;
        registerEvent(new QuarterlyReportDueSoon(UUID.randomUUID(), now, id, version + 1, cycleYear, getOwner(),
                quarter, dueOn));
        return true;
    }

    private boolean isDueSoon(LocalDate today) {
        return status.isEditable() && !today.isBefore(dueOn.minusDays(DUE_SOON_DAYS)) && !today.isAfter(dueOn);
    }

    /** Whether the report is past its due date on {@code today} and not handed in. */
    public boolean isOverdue(LocalDate today) {
        return status.isEditable() && today.isAfter(dueOn);
    }

    private void requireStatus(ReportStatus expected) {
        if (status != expected) {
            throw DomainProblem.conflict("annualplanning.report.wrongStatus", getOwner(), cycleYear, quarter, status);
        }
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw DomainProblem.ruleViolated("annualplanning.reasonRequired");
        }
        return text.strip();
    }

    /** The fields that history compares. */
    Map<String, Object> snapshot() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("status", status);
        fields.put("comments", comments);
        fields.put("dueOn", dueOn);
        fields.put("overdueNotifiedAt", overdueNotifiedAt);
        fields.put("dueSoonNotifiedAt", dueSoonNotifiedAt);
        return fields;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlanId() {
        return planId;
    }

    public int getCycleYear() {
        return cycleYear;
    }

    public Party getOwner() {
        return new Party(owner);
    }

    public int getQuarter() {
        return quarter;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getComments() {
        return comments;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getOverdueNotifiedAt() {
        return overdueNotifiedAt;
    }

    public Instant getDueSoonNotifiedAt() {
        return dueSoonNotifiedAt;
    }

    public long getVersion() {
        return version;
    }
}
