package org.coordina.annualplanning.internal.web;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.coordina.annualplanning.internal.Indicator;
import org.coordina.annualplanning.internal.IndicatorKind;

/**
 * An indicator's row of the activity form, as typed: the rules of {@link IndicatorRequest}, with the baseline and the
 * target (and the kind) as text (a comma or a point before the decimals) so that a typing slip is a field error, not a failed
 * conversion. With the id of an existing indicator it keeps that indicator and its reported values.
 */
record IndicatorRow(UUID id, @NotBlank @Size(max = 300) String nameBg, @NotBlank @Size(max = 300) String nameEn,
        @NotBlank @Size(max = 50) String unit,
        @NotBlank(message = "{annualplanning.page.validation.baseline}")
        @Pattern(regexp = BASELINE, message = "{annualplanning.page.validation.baseline}") String baseline,
        @NotBlank(message = "{annualplanning.page.validation.target}")
        @Pattern(regexp = AMOUNT, message = "{annualplanning.page.validation.target}") String target,
        @NotBlank(message = "{annualplanning.page.validation.kind}")
        @Pattern(regexp = "INCREMENTAL|CUMULATIVE", message = "{annualplanning.page.validation.kind}") String kind) {

    /** 0 or more, at most 12 digits before the decimals and 2 after (the API's {@code @Digits(12, 2)}, {@code @DecimalMin("0")}). */
    static final String AMOUNT = "\\d{1,12}([.,]\\d{1,2})?";

    /** Any sign, at most 12 digits before the decimals and 2 after. */
    static final String BASELINE = "-?\\d{1,12}([.,]\\d{1,2})?";

    static IndicatorRow empty() {
        return new IndicatorRow(null, null, null, null, "0", null, IndicatorKind.INCREMENTAL.name());
    }

    static IndicatorRow of(Indicator indicator) {
        return new IndicatorRow(indicator.id(), indicator.nameBg(), indicator.nameEn(), indicator.unit(),
                text(indicator.baseline()), text(indicator.target()), indicator.kind() == null ? null : indicator.kind().name());
    }

    /** The indicator; call only when the row has no errors. */
    Indicator toIndicator() {
        return new Indicator(id, nameBg, nameEn, unit, number(baseline), number(target), IndicatorKind.valueOf(kind));
    }

    static BigDecimal number(String typed) {
        return typed == null ? null : new BigDecimal(typed.replace(',', '.'));
    }

    static String text(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
