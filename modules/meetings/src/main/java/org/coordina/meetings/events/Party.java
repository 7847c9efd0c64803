package org.coordina.meetings.events;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.coordina.sharedkernel.domain.CommissionCode;

/**
 * A party to a meeting, as its organiser or as the one responsible for an action item: the national
 * administration ({@code national}) or a local commission (its code). In JSON and events it is the plain
 * string, the same text as annual planning's plan owner.
 *
 * @param value {@code national} or a commission code
 */
public record Party(String value) {

    /** The text that names the national administration. */
    public static final String NATIONAL_VALUE = "national";

    /** The national administration. */
    public static final Party NATIONAL = new Party(NATIONAL_VALUE);

    /** Refuses anything but {@code national} or a normalised commission code. */
    public Party {
        if (!NATIONAL_VALUE.equals(value) && (value == null || !value.matches(CommissionCode.PATTERN))) {
            throw new IllegalArgumentException("A party is 'national' or a commission code, not '" + value + "'");
        }
    }

    /** What a user typed ({@code national}, {@code NATIONAL}, {@code var}…), normalised. */
    @JsonCreator
    public static Party parse(String text) {
        if (text != null && NATIONAL_VALUE.equalsIgnoreCase(text.strip())) {
            return NATIONAL;
        }
        return new Party(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    /** The party that is this commission. */
    public static Party of(CommissionCode code) {
        return new Party(code.value());
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
