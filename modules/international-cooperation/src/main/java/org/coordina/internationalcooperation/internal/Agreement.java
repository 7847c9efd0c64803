package org.coordina.internationalcooperation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.coordina.internationalcooperation.events.AgreementExpired;
import org.coordina.internationalcooperation.events.AgreementExpiring;
import org.coordina.internationalcooperation.events.AgreementKind;
import org.coordina.internationalcooperation.events.AgreementSigned;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A cooperation agreement: drafted, signed (in force), and ended by its validity running out (EXPIRED) or by
 * termination. {@code validTo} is its last valid day. The daily job announces, once each, that it ends soon and
 * that it has ended; the announcement instants are kept so that no later run (or other instance) repeats them.
 */
@Table(schema = "internationalcooperation", name = "agreement")
public class Agreement extends AbstractAggregateRoot<Agreement> {

    @Id
    private UUID id;

    @MappedCollection(idColumn = "agreement_id")
    private Set<AgreementPartner> partners = new HashSet<>();

    private AgreementKind kind;

    private String titleBg;

    private String titleEn;

    private LocalDate signedOn;

    private LocalDate validFrom;

    private LocalDate validTo;

    private AgreementStatus status;

    private String documentReference;

    private Instant expiringAnnouncedAt;

    private Instant expiredAnnouncedAt;

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private Agreement() {
    }

    /** A new agreement, in DRAFT until signed. */
    static Agreement draft(AgreementDetails details) {
        var agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.status = AgreementStatus.DRAFT;
        agreement.apply(details);
        return agreement;
    }

    /** Changes what the agreement says, while it is a draft or in force; whether anything changed. */
    boolean change(AgreementDetails details) {
        requireStatus(AgreementStatus.DRAFT, AgreementStatus.IN_FORCE);
        if (details().equals(details)) {
            return false;
        }
        if (!Objects.equals(validTo, details.validTo())) {
            // A new end is announced again when it comes near.
            expiringAnnouncedAt = null;
        }
        apply(details);
        return true;
    }

    /** Signs a draft on that day: it is in force from then on, until its validity ends. */
    void sign(LocalDate on, Instant now) {
        requireStatus(AgreementStatus.DRAFT);
        if (validTo != null && on.isAfter(validTo)) {
            throw DomainProblem.ruleViolated("internationalcooperation.agreement.signedAfterEnd", on, validTo);
        }
        signedOn = on;
        status = AgreementStatus.IN_FORCE;
        registerEvent(new AgreementSigned(UUID.randomUUID(), now, id, version + 1, kind, titleBg, titleEn,
                getPartnerIds(), signedOn, validFrom, validTo));
    }

    /** Ends an agreement in force before its time. */
    void terminate() {
        requireStatus(AgreementStatus.IN_FORCE);
        status = AgreementStatus.TERMINATED;
    }

    /**
     * Announces, once, that the agreement ends within {@code days} days of {@code today} (its last day included);
     * whether it did.
     */
    boolean announceExpiring(LocalDate today, int days, Instant now) {
        if (status != AgreementStatus.IN_FORCE || validTo == null || expiringAnnouncedAt != null
                || today.isAfter(validTo) || today.plusDays(days).isBefore(validTo)) {
            return false;
        }
        expiringAnnouncedAt = now;
        registerEvent(new AgreementExpiring(UUID.randomUUID(), now, id, version + 1, titleBg, titleEn, validTo,
                ChronoUnit.DAYS.between(today, validTo)));
        return true;
    }

    /** Expires the agreement once {@code today} is past its last day, announcing it; whether it did. */
    boolean expire(LocalDate today, Instant now) {
        if (status != AgreementStatus.IN_FORCE || validTo == null || !today.isAfter(validTo)) {
            return false;
        }
        status = AgreementStatus.EXPIRED;
        expiredAnnouncedAt = now;
        registerEvent(new AgreementExpired(UUID.randomUUID(), now, id, version + 1, titleBg, titleEn, validTo));
        return true;
    }

    AgreementDetails details() {
        return new AgreementDetails(partners.stream().map(AgreementPartner::partnerId).collect(Collectors.toSet()), kind,
                titleBg, titleEn, validFrom, validTo, documentReference);
    }

    Map<String, Object> snapshot() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("partnerIds", getPartnerIds());
        fields.put("kind", kind);
        fields.put("titleBg", titleBg);
        fields.put("titleEn", titleEn);
        fields.put("validFrom", validFrom);
        fields.put("validTo", validTo);
        fields.put("documentReference", documentReference);
        fields.put("signedOn", signedOn);
        fields.put("status", status);
        fields.put("expiringAnnouncedAt", expiringAnnouncedAt);
        return fields;
    }

    private void requireStatus(AgreementStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw DomainProblem.conflict("internationalcooperation.agreement.wrongStatus", id, status);
        }
    }

    private void apply(AgreementDetails details) {
        partners = details.partnerIds().stream().map(AgreementPartner::new).collect(Collectors.toCollection(HashSet::new));
        kind = details.kind();
        titleBg = details.titleBg();
        titleEn = details.titleEn();
        validFrom = details.validFrom();
        validTo = details.validTo();
        documentReference = details.documentReference();
    }

    public UUID getId() {
        return id;
    }

    /** The partners' ids, sorted so that views and events list them alike. */
    public List<UUID> getPartnerIds() {
        return partners.stream().map(AgreementPartner::partnerId).sorted().toList();
    }

    public AgreementKind getKind() {
        return kind;
    }

    public String getTitleBg() {
        return titleBg;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public String getDocumentReference() {
        return documentReference;
    }

    public long getVersion() {
        return version;
    }
}
