package org.coordina.victimsupport.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.coordina.victimsupport.events.SupportActivityKind;
import org.coordina.victimsupport.events.SupportActivityReported;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What a commission (and possibly a service) did to support victims in a period. A draft changes freely;
 * reporting it tells the other modules once, with the number of people protected, and freezes it, so that
 * annual planning counts each activity once.
 */
@Table(schema = "victimsupport", name = "support_activity")
public class SupportActivity extends AbstractAggregateRoot<SupportActivity> {

    @Id
    private UUID id;

    private String commissionCode;

    private SupportActivityKind kind;

    private LocalDate periodFrom;

    private LocalDate periodTo;

    private UUID serviceId;

    private int peopleSupported;

    private String description;

    private UUID planningActivityId;

    private SupportActivityStatus status;

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private SupportActivity() {
    }

    static SupportActivity draft(CommissionCode commission, ActivityDetails details) {
        var activity = new SupportActivity();
        activity.id = UUID.randomUUID();
        activity.commissionCode = commission.value();
        activity.status = SupportActivityStatus.DRAFT;
        activity.apply(details);
        return activity;
    }

    /** Takes the new details of a draft; whether anything changed. */
    boolean change(ActivityDetails details) {
        requireDraft();
        if (details.equals(details())) {
            return false;
        }
        apply(details);
        return true;
    }

    /** Reports the draft, with the number of people as the disclosure control publishes it. */
    void report(DisclosureControl disclosure, Instant now) {
        requireDraft();
        status = SupportActivityStatus.REPORTED;
        registerEvent(new SupportActivityReported(UUID.randomUUID(), now, id, version + 1, getCommission(), kind,
                periodFrom, periodTo, serviceId, disclosure.protect(peopleSupported), description, planningActivityId));
    }

    private void requireDraft() {
        if (status != SupportActivityStatus.DRAFT) {
            throw DomainProblem.conflict("victimsupport.activity.notDraft", id, status);
        }
    }

    private void apply(ActivityDetails details) {
        kind = details.kind();
        periodFrom = details.periodFrom();
        periodTo = details.periodTo();
        serviceId = details.serviceId();
        peopleSupported = details.peopleSupported();
        description = details.description();
        planningActivityId = details.planningActivityId();
    }

    public ActivityDetails details() {
        return new ActivityDetails(kind, periodFrom, periodTo, serviceId, peopleSupported, description,
                planningActivityId);
    }

    /** The fields as the history records them, the number of people protected (the auditor reads the history). */
    Map<String, Object> snapshot(DisclosureControl disclosure) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("commission", commissionCode);
        fields.put("kind", kind);
        fields.put("periodFrom", periodFrom);
        fields.put("periodTo", periodTo);
        fields.put("serviceId", serviceId);
        var people = disclosure.protect(peopleSupported);
        fields.put("peopleSupported", people.suppressed() ? "suppressed" : people.count());
        fields.put("description", description);
        fields.put("planningActivityId", planningActivityId);
        fields.put("status", status);
        return fields;
    }

    public UUID getId() {
        return id;
    }

    public CommissionCode getCommission() {
        return CommissionCode.parse(commissionCode);
    }

    public SupportActivityStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    public AuditTrail getAudit() {
        return audit;
    }
}
