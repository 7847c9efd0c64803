package org.coordina.victimsupport.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.coordina.sharedkernel.persistence.AuditTrail;
import org.coordina.victimsupport.events.ServiceStatus;
import org.coordina.victimsupport.events.ServiceType;
import org.coordina.victimsupport.events.SupportServiceChanged;
import org.coordina.victimsupport.events.SupportServiceRegistered;
import org.coordina.victimsupport.events.TargetGroup;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A support service in the register: a shelter, a crisis centre, a hotline…, run by an operator. */
@Table(schema = "victimsupport", name = "support_service")
public class SupportService extends AbstractAggregateRoot<SupportService> {

    @Id
    private UUID id;

    private String nameBg;

    private String nameEn;

    private ServiceType type;

    private TargetGroup targetGroup;

    private String city;

    private String operator;

    private Integer capacity;

    private LocalDate activeFrom;

    private LocalDate activeTo;

    private ServiceStatus status;

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private SupportService() {
    }

    static SupportService register(ServiceDetails details, Instant now) {
        var service = new SupportService();
        service.id = UUID.randomUUID();
        service.apply(details);
        service.registerEvent(new SupportServiceRegistered(UUID.randomUUID(), now, service.id, service.version + 1,
                service.nameBg, service.nameEn, service.type, service.targetGroup, service.city, service.operator,
                service.capacity, service.activeFrom, service.activeTo, service.status));
        return service;
    }

    /** Takes the new details; whether anything changed (nothing changed: no event, nothing to save). */
    boolean change(ServiceDetails details, Instant now) {
        if (details.equals(details())) {
            return false;
        }
        apply(details);
        registerEvent(new SupportServiceChanged(UUID.randomUUID(), now, id, version + 1, nameBg, nameEn, type,
                targetGroup, city, operator, capacity, activeFrom, activeTo, status));
        return true;
    }

    private void apply(ServiceDetails details) {
        nameBg = details.nameBg();
        nameEn = details.nameEn();
        type = details.type();
        targetGroup = details.targetGroup();
        city = details.city();
        operator = details.operator();
        capacity = details.capacity();
        activeFrom = details.activeFrom();
        activeTo = details.activeTo();
        status = Objects.requireNonNullElse(details.status(), ServiceStatus.ACTIVE);
    }

    public ServiceDetails details() {
        return new ServiceDetails(nameBg, nameEn, type, targetGroup, city, operator, capacity, activeFrom, activeTo,
                status);
    }

    /** The fields as the history records them. */
    Map<String, Object> snapshot() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("nameBg", nameBg);
        fields.put("nameEn", nameEn);
        fields.put("type", type);
        fields.put("targetGroup", targetGroup);
        fields.put("city", city);
        fields.put("operator", operator);
        fields.put("capacity", capacity);
        fields.put("activeFrom", activeFrom);
        fields.put("activeTo", activeTo);
        fields.put("status", status);
        return fields;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public AuditTrail getAudit() {
        return audit;
    }
}
