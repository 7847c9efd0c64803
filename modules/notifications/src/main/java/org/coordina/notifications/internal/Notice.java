package org.coordina.notifications.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.coordina.sharedkernel.domain.Party;

/**
 * What an event tells its audience, before it is put in each recipient's language: titles, dates and a link,
 * never contacts or victim figures.
 *
 * @param eventId the event's identity: with the recipient, what makes a notification once-only
 * @param kind what it is about
 * @param arguments the message arguments (a {@link Bilingual} is picked by language)
 * @param link the page concerned, relative to the application
 * @param calendar the meeting this is about, for an {@code .ics} attachment; {@code null} otherwise
 * @param audience who is told
 */
record Notice(UUID eventId, NoticeKind kind, List<Object> arguments, String link, CalendarEntry calendar,
        Audience audience) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    Notice {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        arguments = List.copyOf(arguments);
    }

    /** The arguments in this language, a party by its name. */
    Object[] argumentsIn(Language language, Function<Party, Bilingual> names) {
        return arguments.stream().map(argument -> {
            if (argument instanceof Bilingual text) {
                return text.in(language);
            }
            if (argument instanceof Party party) {
                return names.apply(party).in(language);
            }
            if (argument instanceof LocalDate day) {
                return DAY.format(day);
            }
            if (argument instanceof LocalDateTime time) {
                return TIME.format(time);
            }
            // Years and counts as written, never grouped by the locale ("2026", not "2 026").
            return argument instanceof Number number ? String.valueOf(number) : argument;
        }).toArray();
    }
}
