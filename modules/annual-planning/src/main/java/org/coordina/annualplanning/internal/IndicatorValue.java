package org.coordina.annualplanning.internal;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** The value one of the activity's indicators reached in the quarter (at most 12 digits and 2 decimals). */
@Table(schema = "annualplanning", name = "indicator_value")
public record IndicatorValue(UUID indicatorId, BigDecimal value) {
}
