package org.coordina.meetings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransitionRule;

import org.junit.jupiter.api.Test;

class ICalendarWriterTests {

    @Test
    void aZonesYearlyChangesBecomeRecurrenceRules() {
        assertThat(ZoneId.of("Europe/Sofia").getRules().getTransitionRules()).extracting(ICalendarWriter::recurrence)
                .containsExactly("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        assertThat(ZoneId.of("America/New_York").getRules().getTransitionRules())
                .extracting(ICalendarWriter::recurrence)
                .containsExactly("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU");
        var onOrAfterTheTenth = ZoneOffsetTransitionRule.of(java.time.Month.APRIL, 10, java.time.DayOfWeek.FRIDAY,
                java.time.LocalTime.MIDNIGHT, false, ZoneOffsetTransitionRule.TimeDefinition.WALL,
                ZoneOffset.ofHours(2), ZoneOffset.ofHours(2), ZoneOffset.ofHours(3));
        assertThat(ICalendarWriter.recurrence(onOrAfterTheTenth))
                .isEqualTo("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=10,11,12,13,14,15,16;BYDAY=FR");
    }

    @Test
    void offsetsAreWrittenAsHoursAndMinutes() {
        assertThat(ICalendarWriter.offset(ZoneOffset.ofHoursMinutes(-3, -30))).isEqualTo("-0330");
        assertThat(ICalendarWriter.offset(ZoneOffset.UTC)).isEqualTo("+0000");
    }
}
