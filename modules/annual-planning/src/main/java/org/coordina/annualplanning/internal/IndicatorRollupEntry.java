package org.coordina.annualplanning.internal;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An indicator's achievement over a period against its target: INCREMENTAL adds the quarters' values,
 * CUMULATIVE takes the latest quarter's; {@code achieved} is null when no quarter reported a value.
 */
public record IndicatorRollupEntry(UUID indicatorId, String nameBg, String nameEn, String unit, IndicatorKind kind,
        BigDecimal baseline, BigDecimal target, BigDecimal achieved) {
}
