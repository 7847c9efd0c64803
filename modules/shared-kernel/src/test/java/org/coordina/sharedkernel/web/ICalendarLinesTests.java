package org.coordina.sharedkernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ICalendarLinesTests {

    @Test
    void textsAreEscapedAndParametersQuotedWhereTheyWouldEndTheValue() {
        assertThat(ICalendarLines.text("a;b,c\\d\r\ne\nf\u0007g\rh\ti")).isEqualTo("a\\;b\\,c\\\\d\\ne\\nfg\\nh\ti");
        assertThat(ICalendarLines.parameter("Europe/Sofia")).isEqualTo("Europe/Sofia");
        assertThat(ICalendarLines.parameter("UTC+01:00")).isEqualTo("\"UTC+01:00\"");
        assertThat(ICalendarLines.parameter("a\"b;c")).isEqualTo("\"ab;c\"");
    }

    @Test
    void datesAndUtcTimesAreWrittenInTheBasicFormat() {
        assertThat(ICalendarLines.date(LocalDate.of(2028, 2, 29))).isEqualTo("20280229");
        assertThat(ICalendarLines.utc(Instant.parse("2026-03-01T08:05:09Z"))).isEqualTo("20260301T080509Z");
    }

    @Test
    void longLinesAreFoldedAt75OctetsNeverInsideACharacterAndEndWithCrlf() {
        var line = "SUMMARY:" + "ж".repeat(60);
        var written = new ICalendarLines().add("BEGIN:VCALENDAR").add(line).toString();

        assertThat(written).startsWith("BEGIN:VCALENDAR\r\n").endsWith("\r\n");
        var physical = written.split("\r\n");
        assertThat(physical).hasSizeGreaterThan(2);
        for (var each : physical) {
            assertThat(each.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(physical[1].getBytes(StandardCharsets.UTF_8)).hasSize(74); // 8 + 33 × 2: the next one would pass 75
        assertThat(physical[2]).startsWith(" ");
        assertThat(written.replace("\r\n ", "")).isEqualTo("BEGIN:VCALENDAR\r\n" + line + "\r\n");
    }
}
