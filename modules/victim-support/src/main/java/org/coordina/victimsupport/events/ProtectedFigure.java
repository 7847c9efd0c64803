package org.coordina.victimsupport.events;

/**
 * A published count: the number, or {@code null} with {@code suppressed} when it is hidden by disclosure
 * control (a small count, or one that would let a small count be recovered). Suppressed is never 0.
 */
public record ProtectedFigure(Integer count, boolean suppressed) {

    /** A count shown as it is. */
    public static ProtectedFigure of(int count) {
        return new ProtectedFigure(count, false);
    }

    /** A hidden count. */
    public static ProtectedFigure hidden() {
        return new ProtectedFigure(null, true);
    }
}
