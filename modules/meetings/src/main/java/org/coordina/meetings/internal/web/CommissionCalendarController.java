package org.coordina.meetings.internal.web;

import java.time.Clock;

import org.coordina.meetings.internal.UpcomingMeetingsQuery;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.ReadsCommissionData;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/commissions/{code}/meetings.ics}: the iCalendar feed of a commission's upcoming meetings
 * (those it organises or is invited to, cancelled ones marked so), for those who read the commission's data:
 * national roles, the auditor and the commission's own users, the same as read its meetings.
 */
@RestController
class CommissionCalendarController {

    private final UpcomingMeetingsQuery upcoming;

    private final ICalendarWriter calendar;

    private final DocumentLabels labels;

    private final Clock clock;

    CommissionCalendarController(UpcomingMeetingsQuery upcoming, ICalendarWriter calendar, DocumentLabels labels,
            Clock clock) {
        this.upcoming = upcoming;
        this.calendar = calendar;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/api/v1/commissions/{code}/meetings.ics")
    @ReadsCommissionData
    ResponseEntity<String> feed(@PathVariable CommissionCode code,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        var now = clock.instant();
        var meetings = upcoming.of(code, now);
        var locale = DocumentLabels.language(acceptLanguage);
        return ResponseEntity.ok().contentType(MeetingDocumentController.CALENDAR)
                .headers(MeetingDocumentController.headers(locale, "meetings-" + code.value() + ".ics"))
                .body(calendar.write(meetings, locale, labels.word(locale, "feedName", code.value()), now));
    }
}
