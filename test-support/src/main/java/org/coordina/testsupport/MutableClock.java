package org.coordina.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test sets to the instant it needs (declared as the application's clock in integration tests). */
public class MutableClock extends Clock {

    private volatile Instant instant;

    public MutableClock(Instant instant) {
        this.instant = instant;
    }

    /** Moves the clock to the start of this day (in UTC, midday so that every European zone agrees on the date). */
    public void setDay(int year, int month, int day) {
        instant = Instant.parse(String.format("%04d-%02d-%02dT10:00:00Z", year, month, day));
    }

    public void set(Instant instant) {
        this.instant = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
