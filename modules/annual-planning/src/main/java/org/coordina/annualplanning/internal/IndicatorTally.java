package org.coordina.annualplanning.internal;

import java.math.BigDecimal;

/**
 * Indicators against their targets: how many, how many reached their target, and the mean ratio of
 * actual to target over the indicators with a positive target ({@code null} when there is none).
 */
public record IndicatorTally(long indicators, long reached, BigDecimal meanAchievement) {

    /** No indicators at all. */
    public static final IndicatorTally NONE = new IndicatorTally(0, 0, null);
}
