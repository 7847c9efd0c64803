package org.coordina.internationalcooperation.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.coordina.sharedkernel.domain.DomainProblem;

/**
 * When a reporting obligation comes due again. Each deadline is counted from the first one (the n-th is the first
 * plus n periods), never from the previous one: 31 January monthly gives 29 February in a leap year and then
 * 31 March again, and 29 February yearly gives 28 February in common years and 29 February in leap years,
 * instead of drifting to the 28th for good. {@code months} is set for {@code CUSTOM} only.
 */
public record Recurrence(RecurrenceKind kind, Integer months) {

    /** The longest custom period: ten years. */
    static final int MAX_MONTHS = 120;

    public static final Recurrence ONE_OFF = new Recurrence(RecurrenceKind.ONE_OFF, null);

    public static final Recurrence YEARLY = new Recurrence(RecurrenceKind.YEARLY, null);

    public static final Recurrence EVERY_TWO_YEARS = new Recurrence(RecurrenceKind.EVERY_TWO_YEARS, null);

    public Recurrence {
        Objects.requireNonNull(kind, "kind");
        if (kind == RecurrenceKind.CUSTOM) {
            if (months == null || months < 1 || months > MAX_MONTHS) {
                throw DomainProblem.ruleViolated("internationalcooperation.recurrence.months", MAX_MONTHS);
            }
        }
        else if (months != null) {
            throw DomainProblem.ruleViolated("internationalcooperation.recurrence.monthsOnlyForCustom");
        }
    }

    /** Every so many months. */
    public static Recurrence everyMonths(int months) {
        return new Recurrence(RecurrenceKind.CUSTOM, months);
    }

    /** The months between two deadlines; 0 for a one-off obligation. */
    int period() {
        return switch (kind) {
            case ONE_OFF -> 0;
            case YEARLY -> 12;
            case EVERY_TWO_YEARS -> 24;
            case CUSTOM -> months;
        };
    }

    /** The deadline of occurrence {@code sequence} (0 is the first), if the obligation recurs that often. */
    public Optional<LocalDate> dueOn(LocalDate first, int sequence) {
        if (sequence < 0 || sequence > 0 && kind == RecurrenceKind.ONE_OFF) {
            return Optional.empty();
        }
        return Optional.of(first.plusMonths((long) period() * sequence));
    }
}
