package org.coordina.regionalcommissions.internal.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.coordina.sharedkernel.domain.CommissionCode;

/** {@code POST /commissions}: a new commission, optionally with its secretary. */
record EstablishCommissionRequest(@NotNull CommissionCode code,
        @NotBlank @Size(max = 200) String nameBg, @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 100) String city, @NotBlank @Size(max = 100) String region,
        @NotNull @PastOrPresent LocalDate establishedOn, @NotNull @Valid FoundingActRequest foundingAct,
        @NotNull @Valid ChairRequest chair, @Valid SecretaryRequest secretary) {
}
