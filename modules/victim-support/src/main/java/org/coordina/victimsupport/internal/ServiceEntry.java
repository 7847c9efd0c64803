package org.coordina.victimsupport.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.coordina.victimsupport.events.ServiceStatus;
import org.coordina.victimsupport.events.ServiceType;
import org.coordina.victimsupport.events.TargetGroup;

/** A support service as the register's list shows it. */
public record ServiceEntry(UUID id, String nameBg, String nameEn, ServiceType type, TargetGroup targetGroup,
        String city, String operator, Integer capacity, LocalDate activeFrom, LocalDate activeTo, ServiceStatus status,
        long version) {
}
