package org.coordina.regionalcommissions.internal.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The founding act of a commission, as a request sets it. */
record FoundingActRequest(@NotBlank @Size(max = 200) String issuer, @NotBlank @Size(max = 50) String number,
        @NotNull @PastOrPresent LocalDate date) {
}
