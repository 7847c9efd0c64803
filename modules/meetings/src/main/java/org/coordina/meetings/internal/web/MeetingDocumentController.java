package org.coordina.meetings.internal.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.coordina.meetings.internal.CalendarEntry;
import org.coordina.meetings.internal.Meetings;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A meeting as documents, for those who may read the meeting: its published minutes as a PDF
 * ({@code …/{id}/minutes.pdf}, 409 naming the state until the meeting is closed) and the meeting as an
 * iCalendar event ({@code …/{id}/calendar.ics}), both in the language of {@code Accept-Language}
 * (Bulgarian unless English is preferred).
 */
@RestController
@RequestMapping(MeetingController.PATH)
class MeetingDocumentController {

    /** {@code text/calendar} in UTF-8. */
    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private final Meetings meetings;

    private final MinutesPdf pdf;

    private final ICalendarWriter calendar;

    private final Clock clock;

    MeetingDocumentController(Meetings meetings, MinutesPdf pdf, ICalendarWriter calendar, Clock clock) {
        this.meetings = meetings;
        this.pdf = pdf;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/{id}/minutes.pdf")
    @PreAuthorize("@meetingAccess.canRead(#id)")
    ResponseEntity<byte[]> minutes(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        var meeting = meetings.withPublishedMinutes(id);
        var locale = DocumentLabels.language(acceptLanguage);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .headers(headers(locale, "minutes-" + id + "-" + locale.getLanguage() + ".pdf"))
                .body(pdf.render(meeting, locale));
    }

    @GetMapping("/{id}/calendar.ics")
    @PreAuthorize("@meetingAccess.canRead(#id)")
    ResponseEntity<String> calendar(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        var meeting = meetings.find(id);
        var locale = DocumentLabels.language(acceptLanguage);
        var name = DocumentLabels.pick(locale, meeting.getTitleBg(), meeting.getTitleEn());
        return ResponseEntity.ok().contentType(CALENDAR).headers(headers(locale, "meeting-" + id + ".ics"))
                .body(calendar.write(List.of(CalendarEntry.of(meeting)), locale, name, clock.instant()));
    }

    /** The headers of a download in a language: its file name, its language, and that it varies by language. */
    static HttpHeaders headers(Locale locale, String fileName) {
        var headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.inline().filename(fileName).build());
        headers.setContentLanguage(locale);
        headers.setVary(List.of(HttpHeaders.ACCEPT_LANGUAGE));
        return headers;
    }
}
