package org.coordina.sharedkernel.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The generic part of an RFC 5545 calendar that every module's {@code .ics} download writes alike: content
 * lines folded at 75 octets (never inside a UTF-8 character) and ended by CRLF, TEXT values escaped, parameter
 * values quoted, UTC date-times ({@code DTSTAMP}) and dates ({@code VALUE=DATE}) formatted. What goes into
 * the calendar (events, zones) is the module's.
 */
public final class ICalendarLines {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final StringBuilder text = new StringBuilder(4096);

    /** Appends a content line, folded and ended by CRLF. */
    public ICalendarLines add(String line) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length();) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                text.append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }
            text.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        text.append("\r\n");
        return this;
    }

    /** The calendar written so far. */
    @Override
    public String toString() {
        return text.toString();
    }

    /** A UTC DATE-TIME value ({@code 20260301T080000Z}), as {@code DTSTAMP} and {@code LAST-MODIFIED} take. */
    public static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** A DATE value ({@code 20260301}), for {@code DTSTART;VALUE=DATE} of an all-day event. */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
    public static String text(String value) {
        var out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        continue;
                    }
                    out.append("\\n");
                }
                default -> {
                    if (c >= 0x20 && c != 0x7F || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A parameter value, quoted when it holds a character that would end it. */
    public static String parameter(String value) {
        return value.matches("[^\";:,\\p{Cntrl}]*") ? value : "\"" + value.replace("\"", "") + "\"";
    }
}
