package org.coordina.annualplanning.internal;

import java.math.BigDecimal;

/** Where an activity's money comes from, how much, in which currency (BGN, EUR…). */
public record Financing(String source, BigDecimal amount, String currency) {
}
