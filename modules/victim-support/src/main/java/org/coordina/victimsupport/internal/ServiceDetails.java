package org.coordina.victimsupport.internal;

import java.time.LocalDate;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.victimsupport.events.ServiceStatus;
import org.coordina.victimsupport.events.ServiceType;
import org.coordina.victimsupport.events.TargetGroup;

/**
 * What the register says about a support service. Its texts are about the service, never a person:
 * each is checked by the {@link PersonalDataGuard}; the active period ends, if at all, after it starts.
 */
public record ServiceDetails(String nameBg, String nameEn, ServiceType type, TargetGroup targetGroup, String city,
        String operator, Integer capacity, LocalDate activeFrom, LocalDate activeTo, ServiceStatus status) {

    public ServiceDetails {
        PersonalDataGuard.check("nameBg", nameBg);
        PersonalDataGuard.check("nameEn", nameEn);
        PersonalDataGuard.check("city", city);
        PersonalDataGuard.check("operator", operator);
        if (activeTo != null && activeFrom != null && activeTo.isBefore(activeFrom)) {
            throw DomainProblem.ruleViolated("victimsupport.service.period", activeFrom, activeTo);
        }
        if (capacity != null && capacity < 0) {
            throw DomainProblem.ruleViolated("victimsupport.service.capacity", capacity);
        }
    }
}
