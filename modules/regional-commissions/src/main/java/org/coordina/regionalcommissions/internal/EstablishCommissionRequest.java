package org.coordina.regionalcommissions.internal;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /commissions}: a new commission, optionally with its secretary. */
record EstablishCommissionRequest(@NotNull @Pattern(regexp = WebConstraints.COMMISSION_CODE) String code,
        @NotBlank @Size(max = 200) String nameBg, @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 100) String city, @NotBlank @Size(max = 100) String region,
        @NotNull @PastOrPresent LocalDate establishedOn, @NotNull @Valid FoundingActData foundingAct,
        @NotNull @Valid ChairData chair, @Valid SecretaryData secretary) {
}
