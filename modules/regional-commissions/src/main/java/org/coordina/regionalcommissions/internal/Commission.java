package org.coordina.regionalcommissions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.regionalcommissions.events.CommissionDetailsChanged;
import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.regionalcommissions.events.CommissionStatusChanged;
import org.coordina.regionalcommissions.events.SecretaryAssigned;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A local commission: its core data (set by the national administration), its status and its
 * secretary. Each change registers the event it causes, and Spring Data publishes the registered
 * events when the repository saves the commission, inside the saving transaction. Events carry the
 * version the change is saved as (saving increments the version by one, and a new commission is
 * saved as version 1).
 */
@Table(schema = "regionalcommissions", name = "commission")
public class Commission extends AbstractAggregateRoot<Commission> {

    @Id
    private UUID id;

    private String code;

    private String nameBg;

    private String nameEn;

    private String city;

    private String region;

    private LocalDate establishedOn;

    @Embedded.Nullable(prefix = "founding_act_")
    private FoundingAct foundingAct;

    @Embedded.Nullable(prefix = "chair_")
    private Chair chair;

    @Embedded.Nullable(prefix = "secretary_")
    private Secretary secretary;

    private CommissionStatus status;

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private Commission() {
    }

    /** Registers a newly established commission, active from the start. */
    static Commission establish(CommissionCode code, CommissionDetails details, Instant now) {
        Objects.requireNonNull(code, "code");
        var commission = new Commission();
        commission.id = UUID.randomUUID();
        commission.code = code.value();
        commission.apply(Objects.requireNonNull(details, "details"));
        commission.status = CommissionStatus.ACTIVE;
        commission.registerEvent(new CommissionEstablished(UUID.randomUUID(), now, commission.id,
                commission.nextVersion(), code, details.nameBg(), details.nameEn(), details.city(), details.region(),
                details.establishedOn(), commission.status));
        return commission;
    }

    /** Replaces the core data; nothing happens when it is unchanged. */
    void changeDetails(CommissionDetails details, Instant now) {
        requireNotDissolved();
        if (details().equals(details)) {
            return;
        }
        apply(details);
        registerEvent(new CommissionDetailsChanged(UUID.randomUUID(), now, id, nextVersion(), getCode(), nameBg, nameEn,
                city, region));
    }

    /**
     * Suspends, reactivates or dissolves the commission. A dissolved commission stays dissolved;
     * asking for the current status again changes nothing.
     */
    void changeStatus(CommissionStatus next, Instant now) {
        Objects.requireNonNull(next, "status");
        if (next == status) {
            return;
        }
        if (status == CommissionStatus.DISSOLVED) {
            throw DomainProblem.conflict("regionalcommissions.commission.statusTransition", status, next);
        }
        var previous = status;
        status = next;
        registerEvent(new CommissionStatusChanged(UUID.randomUUID(), now, id, nextVersion(), getCode(), previous, next));
    }

    /** Makes this person the commission's secretary (or updates the secretary's contacts). */
    void assignSecretary(Secretary next, Instant now) {
        requireNotDissolved();
        Objects.requireNonNull(next, "secretary");
        if (next.equals(secretary)) {
            return;
        }
        secretary = next;
        registerEvent(new SecretaryAssigned(UUID.randomUUID(), now, id, nextVersion(), getCode(), next.name()));
    }

    /** Refuses changes to the commission's own data once it is dissolved: its record is final. */
    void requireNotDissolved() {
        if (status == CommissionStatus.DISSOLVED) {
            throw DomainProblem.conflict("regionalcommissions.commission.dissolved", code);
        }
    }

    /** Whether a change registered an event that saving will publish; unchanged commissions are not saved. */
    boolean hasChanges() {
        return !domainEvents().isEmpty();
    }

    CommissionDetails details() {
        return new CommissionDetails(nameBg, nameEn, city, region, establishedOn, foundingAct, chair);
    }

    private void apply(CommissionDetails details) {
        nameBg = details.nameBg();
        nameEn = details.nameEn();
        city = details.city();
        region = details.region();
        establishedOn = details.establishedOn();
        foundingAct = details.foundingAct();
        chair = details.chair();
    }

    private long nextVersion() {
        return version + 1;
    }

    // Public getters only because MapStruct reads public accessors; the class itself stays package-private.
    public UUID getId() {
        return id;
    }

    public CommissionCode getCode() {
        return new CommissionCode(code);
    }

    public String getNameBg() {
        return nameBg;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getCity() {
        return city;
    }

    public String getRegion() {
        return region;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public FoundingAct getFoundingAct() {
        return foundingAct;
    }

    public Chair getChair() {
        return chair;
    }

    public Secretary getSecretary() {
        return secretary;
    }

    public CommissionStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}
