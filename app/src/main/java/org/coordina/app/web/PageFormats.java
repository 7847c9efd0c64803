package org.coordina.app.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times and numbers on the pages, in the page's language; times in Europe/Sofia, the zone every page names
 * beside them ({@code @pageFormats.dateTime(...)} in templates).
 */
@Component("pageFormats")
class PageFormats {

    /** The zone of every time shown on a page: Coordina's users work in Bulgaria. */
    static final ZoneId ZONE = ZoneId.of("Europe/Sofia");

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(ZONE).format(instant);
    }

    public String number(Number number) {
        return number == null ? "" : NumberFormat.getNumberInstance(LocaleContextHolder.getLocale()).format(number);
    }

    public String zone() {
        return ZONE.getId();
    }
}
