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

/** A support service as the register records it (status defaults to active). */
record ServiceRequest(@NotBlank @Size(max = 200) String nameBg, @NotBlank @Size(max = 200) String nameEn,
        @NotNull ServiceType type, @NotNull TargetGroup targetGroup, @NotBlank @Size(max = 100) String city,
        @NotBlank @Size(max = 200) String operator, @PositiveOrZero @Max(100_000) Integer capacity,
        @NotNull LocalDate activeFrom, LocalDate activeTo, ServiceStatus status) {

    ServiceDetails toDetails() {
        return new ServiceDetails(nameBg.strip(), nameEn.strip(), type, targetGroup, city.strip(), operator.strip(),
                capacity, activeFrom, activeTo, status);
    }
}
