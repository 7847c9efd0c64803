package org.coordina.regionalcommissions.internal.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** {@code PUT /commissions/{code}}: the core data that replaces the current one. */
record CommissionDetailsRequest(@NotBlank @Size(max = 200) String nameBg, @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 100) String city, @NotBlank @Size(max = 100) String region,
        @NotNull @PastOrPresent LocalDate establishedOn, @NotNull @Valid FoundingActRequest foundingAct,
        @NotNull @Valid ChairRequest chair) {
}
