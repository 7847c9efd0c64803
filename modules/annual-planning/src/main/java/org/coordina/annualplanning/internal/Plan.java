package org.coordina.annualplanning.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.coordina.annualplanning.events.PlanApproved;
import org.coordina.annualplanning.events.PlanReopened;
import org.coordina.annualplanning.events.PlanReturned;
import org.coordina.annualplanning.events.PlanSubmitted;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The plan of one owner (the national administration or a local commission) in one cycle. Its owner
 * drafts it and submits it; the national administration returns it with reasons or approves it; an
 * approved plan changes only after the national administration reopens it with a reason. The plan's
 * activities are aggregates of their own, which check the plan's status before they change.
 */
@Table(schema = "annualplanning", name = "plan")
public class Plan extends AbstractAggregateRoot<Plan> {

    @Id
    private UUID id;

    private int cycleYear;

    private String owner;

    private PlanStatus status;

    private String returnReasons;

    private Instant submittedAt;

    private Instant approvedAt;

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private Plan() {
    }

    /** An empty draft plan of this owner for this cycle's year. */
    static Plan draft(int year, Party owner) {
        var plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.cycleYear = year;
        plan.owner = owner.value();
        plan.status = PlanStatus.DRAFT;
        return plan;
    }

    /** The owner hands the plan in for review; it needs at least one activity. */
    void submit(int activityCount, Instant now) {
        requireStatus(PlanStatus.DRAFT, PlanStatus.RETURNED);
        if (activityCount == 0) {
            throw DomainProblem.ruleViolated("annualplanning.plan.empty", getOwner(), cycleYear);
        }
        status = PlanStatus.SUBMITTED;
        submittedAt = now;
        registerEvent(new PlanSubmitted(UUID.randomUUID(), now, id, version + 1, cycleYear, getOwner(), activityCount));
    }

    /** The national administration sends a submitted plan back with its reasons. */
    void returnWith(String reasons, Instant now) {
        requireStatus(PlanStatus.SUBMITTED);
        var why = requireReason(reasons);
        status = PlanStatus.RETURNED;
        returnReasons = why;
        registerEvent(new PlanReturned(UUID.randomUUID(), now, id, version + 1, cycleYear, getOwner(), returnReasons));
    }

    /** The national administration approves a submitted plan. */
    void approve(int activityCount, Instant now) {
        requireStatus(PlanStatus.SUBMITTED);
        status = PlanStatus.APPROVED;
        approvedAt = now;
        returnReasons = null;
        registerEvent(new PlanApproved(UUID.randomUUID(), now, id, version + 1, cycleYear, getOwner(), activityCount));
    }

    /** The national administration reopens an approved plan for changes; it becomes a draft again. */
    void reopen(String reason, Instant now) {
        requireStatus(PlanStatus.APPROVED);
        var why = requireReason(reason);
        status = PlanStatus.DRAFT;
        registerEvent(new PlanReopened(UUID.randomUUID(), now, id, version + 1, cycleYear, getOwner(), why));
    }

    /** Refuses changes to the plan's activities unless it is a draft or returned. */
    void requireEditable() {
        if (!status.isEditable()) {
            throw DomainProblem.conflict("annualplanning.plan.notEditable", getOwner(), cycleYear, status);
        }
    }

    /** Refuses unless the plan is approved (quarterly reporting needs an approved plan). */
    void requireApproved() {
        requireStatus(PlanStatus.APPROVED);
    }

    private void requireStatus(PlanStatus... allowed) {
        for (PlanStatus each : allowed) {
            if (status == each) {
                return;
            }
        }
        throw DomainProblem.conflict("annualplanning.plan.wrongStatus", getOwner(), cycleYear, status);
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainProblem.ruleViolated("annualplanning.reasonRequired");
        }
        return reason.strip();
    }

    /** The fields that history compares. */
    Map<String, Object> snapshot() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("status", status);
        fields.put("returnReasons", returnReasons);
        return fields;
    }

    public UUID getId() {
        return id;
    }

    public int getCycleYear() {
        return cycleYear;
    }

    public Party getOwner() {
        return new Party(owner);
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getReturnReasons() {
        return returnReasons;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public long getVersion() {
        return version;
    }
}
