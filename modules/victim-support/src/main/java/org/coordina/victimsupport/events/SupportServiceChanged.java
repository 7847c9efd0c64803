package org.coordina.victimsupport.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;

/** A support service's details or status changed; the record carries all of them as they are now. */
public record SupportServiceChanged(UUID eventId, Instant occurredAt, UUID serviceId, long version, String nameBg,
        String nameEn, ServiceType type, TargetGroup targetGroup, String city, String operator, Integer capacity,
        LocalDate activeFrom, LocalDate activeTo, ServiceStatus status) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return serviceId.toString();
    }
}
