package org.coordina.victimsupport.internal.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.coordina.victimsupport.events.SupportActivityKind;
import org.coordina.victimsupport.internal.ActivityDetails;

/** What a commission did to support victims in a period: a count and a short description, never a person. */
record ActivityRequest(@NotNull SupportActivityKind kind, @NotNull LocalDate periodFrom, @NotNull LocalDate periodTo,
        UUID serviceId, @NotNull @PositiveOrZero @Max(1_000_000) Integer peopleSupported,
        @Size(max = 500) String description, UUID planningActivityId) {

    ActivityDetails toDetails() {
        return new ActivityDetails(kind, periodFrom, periodTo, serviceId, peopleSupported,
                description == null || description.isBlank() ? null : description.strip(), planningActivityId);
    }
}
