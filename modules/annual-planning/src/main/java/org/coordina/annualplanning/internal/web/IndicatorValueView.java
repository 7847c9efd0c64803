package org.coordina.annualplanning.internal.web;

import java.math.BigDecimal;
import java.util.UUID;

/** The value an indicator reached in a quarter. */
record IndicatorValueView(UUID indicatorId, BigDecimal value) {
}
