package org.coordina.annualplanning.events;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.coordina.sharedkernel.domain.CommissionCode;

/**
 * Who a plan belongs to: the national administration ({@code national}) or a local commission (its
 * code). In JSON, events and URLs it is the plain string.
 *
 * @param value {@code national} or a commission code
 */
public record PlanOwner(String value) {

    /** The text that names the national plan. */
    public static final String NATIONAL_VALUE = "national";

    /** The national administration. */
    public static final PlanOwner NATIONAL = new PlanOwner(NATIONAL_VALUE);

    /** Refuses anything but {@code national} or a normalised commission code (a 400 when it comes from a URL). */
    public PlanOwner {
        if (!NATIONAL_VALUE.equals(value) && (value == null || !value.matches(CommissionCode.PATTERN))) {
            throw new IllegalArgumentException("A plan's owner is 'national' or a commission code, not '" + value + "'");
        }
    }

    /** What a user typed ({@code national}, {@code NATIONAL}, {@code var}…), normalised. */
    @JsonCreator
    public static PlanOwner parse(String text) {
        if (text != null && NATIONAL_VALUE.equalsIgnoreCase(text.strip())) {
            return NATIONAL;
        }
        return new PlanOwner(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    /** The owner that is this commission. */
    public static PlanOwner of(CommissionCode code) {
        return new PlanOwner(code.value());
    }

    /** Whether this is the national administration. */
    public boolean isNational() {
        return NATIONAL_VALUE.equals(value);
    }

    /** The commission's code, unless this is the national administration. */
    public Optional<CommissionCode> commission() {
        return isNational() ? Optional.empty() : Optional.of(new CommissionCode(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
