package org.coordina.annualplanning.internal.web;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coordina.annualplanning.internal.IndicatorKind;

/** An indicator of an activity; with the id of an existing one it keeps that indicator (and its reported values). */
record IndicatorRequest(UUID id, @NotBlank @Size(max = 300) String nameBg, @NotBlank @Size(max = 300) String nameEn,
        @NotBlank @Size(max = 50) String unit, @NotNull @Digits(integer = 12, fraction = 2) BigDecimal baseline,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal target, @NotNull IndicatorKind kind) {
}
