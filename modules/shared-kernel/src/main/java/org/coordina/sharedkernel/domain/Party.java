package org.coordina.sharedkernel.domain;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The national administration ({@code national}) or a local commission (its code): who owns a plan,
 * organises a meeting or answers for an action item. In JSON, events and URLs it is the plain string; a
 * URL binds it as typed ({@code NATIONAL}, {@code var}), a malformed one is a 400.
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
