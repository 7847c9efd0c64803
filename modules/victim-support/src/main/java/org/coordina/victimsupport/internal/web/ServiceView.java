package org.coordina.victimsupport.internal.web;

import java.time.LocalDate;
import java.util.UUID;

import org.coordina.victimsupport.events.ServiceStatus;
import org.coordina.victimsupport.events.ServiceType;
import org.coordina.victimsupport.events.TargetGroup;
import org.coordina.victimsupport.internal.ServiceEntry;
import org.coordina.victimsupport.internal.SupportService;

/** A support service of the register. */
record ServiceView(UUID id, String nameBg, String nameEn, ServiceType type, TargetGroup targetGroup, String city,
        String operator, Integer capacity, LocalDate activeFrom, LocalDate activeTo, ServiceStatus status,
        long version) {

    static ServiceView of(SupportService service) {
        var d = service.details();
        return new ServiceView(service.getId(), d.nameBg(), d.nameEn(), d.type(), d.targetGroup(), d.city(),
                d.operator(), d.capacity(), d.activeFrom(), d.activeTo(), d.status(), service.getVersion());
    }

    static ServiceView of(ServiceEntry e) {
        return new ServiceView(e.id(), e.nameBg(), e.nameEn(), e.type(), e.targetGroup(), e.city(), e.operator(),
                e.capacity(), e.activeFrom(), e.activeTo(), e.status(), e.version());
    }
}
