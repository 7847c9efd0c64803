package org.coordina.annualplanning.internal.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where an activity's money comes from. */
record FinancingRequest(@Size(max = 200) String source, @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @Pattern(regexp = WebConstraints.CURRENCY) String currency) {
}
