package org.coordina.annualplanning.internal.web;

import java.math.BigDecimal;
import java.util.UUID;

import org.coordina.annualplanning.internal.IndicatorKind;

/** An indicator's achievement over a period against its target ({@code achieved} null: nothing reported). */
record IndicatorProgressView(UUID indicatorId, String nameBg, String nameEn, String unit, IndicatorKind kind,
        BigDecimal baseline, BigDecimal target, BigDecimal achieved) {
}
