package org.coordina.sharedkernel.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The code of a local commission: three Latin letters, e.g. {@code VAR}. Parsing trims and upper-cases
 * what a user typed, so {@code var} and {@code VAR} name the same commission; anything else is refused
 * with one message ({@code sharedkernel.commissionCode.invalid}). In JSON, events and URLs it is the
 * plain string.
 *
 * @param value the normalised code, three capital letters
 */
public record CommissionCode(String value) {

    /** The format of a normalised code. */
    public static final String PATTERN = "[A-Z]{3}";

    /** The message code of the one explanation of a malformed code. */
    public static final String INVALID = "sharedkernel.commissionCode.invalid";

    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    /** Refuses anything that is not already normalised; use {@link #parse(String)} for user input. */
    public CommissionCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainProblem.ruleViolated(INVALID, value);
        }
    }

    /** The code a user typed, trimmed and upper-cased; a {@link DomainProblem} when it is no code. */
    @JsonCreator
    public static CommissionCode parse(String text) {
        return new CommissionCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether this text parses as a commission code. */
    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
