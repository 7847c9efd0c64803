package org.coordina.regionalcommissions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.regionalcommissions.events.CommissionDetailsChanged;
import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.regionalcommissions.events.CommissionStatusChanged;
import org.coordina.regionalcommissions.events.SecretaryAssigned;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A local commission: its core data (set by the national administration), its status and its
 * secretary. Each change returns nothing but registers the event it causes; the application service
 * publishes them once the change is saved. Events carry the version the change is saved as (saving
 * increments the version by one, and a new commission is saved as version 1).
 */
@Table(schema = "regionalcommissions", name = "commission")
class Commission {

    static final Pattern CODE = Pattern.compile("[A-Z]{3}");

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

    @Transient
    private final List<Object> events = new ArrayList<>();

    /** For Spring Data only. */
    private Commission() {
    }

    /** Registers a newly established commission, active from the start. */
    static Commission establish(String code, CommissionDetails details, Instant now) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw DomainProblem.ruleViolated("regionalcommissions.commission.invalidCode", code);
        }
        var commission = new Commission();
        commission.id = UUID.randomUUID();
        commission.code = code;
        commission.apply(Objects.requireNonNull(details, "details"));
        commission.status = CommissionStatus.ACTIVE;
        commission.events.add(new CommissionEstablished(UUID.randomUUID(), now, commission.id,
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
        events.add(new CommissionDetailsChanged(UUID.randomUUID(), now, id, nextVersion(), code, nameBg, nameEn, city,
                region));
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
        events.add(new CommissionStatusChanged(UUID.randomUUID(), now, id, nextVersion(), code, previous, next));
    }

    /** Makes this person the commission's secretary (or updates the secretary's contacts). */
    void assignSecretary(Secretary next, Instant now) {
        requireNotDissolved();
        Objects.requireNonNull(next, "secretary");
        if (next.equals(secretary)) {
            return;
        }
        secretary = next;
        events.add(new SecretaryAssigned(UUID.randomUUID(), now, id, nextVersion(), code, next.name()));
    }

    /** Refuses changes to the commission's own data once it is dissolved: its record is final. */
    void requireNotDissolved() {
        if (status == CommissionStatus.DISSOLVED) {
            throw DomainProblem.conflict("regionalcommissions.commission.dissolved", code);
        }
    }

    /** The events registered since the last call, handed over for publication exactly once. */
    List<Object> releaseEvents() {
        var released = List.copyOf(events);
        events.clear();
        return released;
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

    public String getCode() {
        return code;
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
