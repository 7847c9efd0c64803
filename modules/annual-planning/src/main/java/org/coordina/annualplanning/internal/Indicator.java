package org.coordina.annualplanning.internal;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A measurable indicator of an activity: name, unit, baseline and target. Its id stays the same while
 * the activity is edited, so that quarterly values keep pointing at it.
 */
@Table(schema = "annualplanning", name = "indicator")
public record Indicator(@Id UUID id, String nameBg, String nameEn, String unit, BigDecimal baseline, BigDecimal target,
        IndicatorKind kind) {
}
