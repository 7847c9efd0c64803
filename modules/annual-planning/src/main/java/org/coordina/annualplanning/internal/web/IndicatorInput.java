package org.coordina.annualplanning.internal.web;

import java.math.BigDecimal;
import java.util.UUID;

import org.coordina.annualplanning.internal.Localized;

/** An indicator on a report's row: its name, unit and target, and the value as shown in its field. */
record IndicatorInput(UUID indicatorId, Localized name, String unit, BigDecimal target, String value) {
}
