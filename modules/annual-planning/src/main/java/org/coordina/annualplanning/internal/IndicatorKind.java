package org.coordina.annualplanning.internal;

/**
 * How an indicator's quarterly values add up: INCREMENTAL values are what the quarter added (a half-year
 * is their sum), CUMULATIVE values are the running total (a half-year is its latest value).
 */
public enum IndicatorKind {
    INCREMENTAL, CUMULATIVE
}
