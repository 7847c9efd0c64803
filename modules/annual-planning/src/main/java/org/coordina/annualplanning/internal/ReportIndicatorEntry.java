package org.coordina.annualplanning.internal;

import java.math.BigDecimal;
import java.util.UUID;

/** An indicator of an activity on a quarterly report's form, with its target and the value reported (or null). */
public record ReportIndicatorEntry(UUID indicatorId, Localized name, String unit, BigDecimal target,
        BigDecimal value) {
}
