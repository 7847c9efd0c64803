package org.coordina.victimsupport.internal.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.coordina.victimsupport.events.ServiceStatus;
import org.coordina.victimsupport.events.ServiceType;
import org.coordina.victimsupport.events.TargetGroup;
import org.coordina.victimsupport.internal.ServiceDetails;
import org.coordina.victimsupport.internal.SupportService;
import org.springframework.format.annotation.DateTimeFormat;

/** The register's form of a support service: the rules of {@link ServiceRequest}, and the version it was read at. */
record ServiceForm(
        @NotBlank(message = "{victimsupport.page.validation.required}")
        @Size(max = 200, message = "{victimsupport.page.validation.size}") String nameBg,
        @NotBlank(message = "{victimsupport.page.validation.required}")
        @Size(max = 200, message = "{victimsupport.page.validation.size}") String nameEn,
        @NotNull(message = "{victimsupport.page.validation.required}") ServiceType type,
        @NotNull(message = "{victimsupport.page.validation.required}") TargetGroup targetGroup,
        @NotBlank(message = "{victimsupport.page.validation.required}")
        @Size(max = 100, message = "{victimsupport.page.validation.size}") String city,
        @NotBlank(message = "{victimsupport.page.validation.required}")
        @Size(max = 200, message = "{victimsupport.page.validation.size}") String operator,
        @PositiveOrZero(message = "{victimsupport.page.validation.capacity}")
        @Max(value = 100_000, message = "{victimsupport.page.validation.capacity}") Integer capacity,
        @NotNull(message = "{victimsupport.page.validation.date}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeTo,
        ServiceStatus status, Long version) {

    static ServiceForm blank() {
        return new ServiceForm(null, null, null, null, null, null, null, null, null, ServiceStatus.ACTIVE, null);
    }

    static ServiceForm of(SupportService service) {
        var d = service.details();
        return new ServiceForm(d.nameBg(), d.nameEn(), d.type(), d.targetGroup(), d.city(), d.operator(), d.capacity(),
                d.activeFrom(), d.activeTo(), d.status(), service.getVersion());
    }

    /** The details, checked by the module (the personal-data guard, the period). */
    ServiceDetails toDetails() {
        return new ServiceDetails(nameBg, nameEn, type, targetGroup, city, operator, capacity, activeFrom, activeTo,
                status == null ? ServiceStatus.ACTIVE : status);
    }
}
