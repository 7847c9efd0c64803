package org.coordina.annualplanning.internal.web;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** The value one of the activity's indicators reached in the quarter. */
record IndicatorValueRequest(@NotNull UUID indicatorId,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal value) {
}
