package org.coordina.internationalcooperation.internal.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.internationalcooperation.events.ReportingBody;
import org.coordina.internationalcooperation.internal.CooperationDirectory;
import org.coordina.internationalcooperation.internal.CooperationHistory;
import org.coordina.internationalcooperation.internal.ReportingObligation;
import org.coordina.internationalcooperation.internal.ReportingObligations;
import org.coordina.sharedkernel.web.ExpectedVersion;
import org.coordina.sharedkernel.web.Responses;
import org.coordina.sharedkernel.web.SortableBy;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cooperation/obligations}: international reporting obligations, their deadlines and submissions,
 * and the deadlines as an iCalendar feed ({@code obligations.ics}, Bulgarian unless {@code Accept-Language} asks
 * for English).
 */
@RestController
@RequestMapping(CooperationRoles.PATH)
class ObligationController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    /** How far back the feed goes: a year of past deadlines, so that recent ones stay in the calendar. */
    private static final int FEED_PAST_YEARS = 1;

    private final ReportingObligations obligations;

    private final CooperationDirectory directory;

    private final CooperationHistory history;

    private final DeadlineCalendar calendar;

    private final Clock clock;

    ObligationController(ReportingObligations obligations, CooperationDirectory directory, CooperationHistory history,
            DeadlineCalendar calendar, Clock clock) {
        this.obligations = obligations;
        this.directory = directory;
        this.history = history;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/obligations")
    @PreAuthorize(CooperationRoles.READ)
    PagedModel<ObligationSummary> list(@RequestParam(required = false) ReportingBody body,
            @SortableBy({ "nextDueOn", "titleBg", "titleEn", "body" }) @PageableDefault(sort = "nextDueOn") Pageable pageable) {
        return new PagedModel<>(directory.obligations(body, pageable).map(ObligationSummary::of));
    }

    @GetMapping("/obligations.ics")
    @PreAuthorize(CooperationRoles.READ)
    ResponseEntity<String> deadlines(
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        var locale = DeadlineCalendar.language(acceptLanguage);
        var since = obligations.today().minusYears(FEED_PAST_YEARS);
        var headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.inline().filename("obligations.ics").build());
        headers.setContentLanguage(locale);
        headers.setVary(List.of(HttpHeaders.ACCEPT_LANGUAGE));
        return ResponseEntity.ok().contentType(CALENDAR).headers(headers)
                .body(calendar.write(directory.deadlines(since), locale, clock.instant()));
    }

    @PostMapping("/obligations")
    @PreAuthorize(CooperationRoles.WRITE)
    ResponseEntity<ObligationView> create(@Valid @RequestBody ObligationRequest request) {
        var obligation = obligations.create(request.toDetails(), request.firstDueOn());
        return Responses.created(obligation.getId(), obligation.getVersion(), ObligationView.of(obligation));
    }

    @GetMapping("/obligations/{id}")
    @PreAuthorize(CooperationRoles.READ)
    ResponseEntity<ObligationView> show(@PathVariable UUID id) {
        return withEtag(obligations.find(id));
    }

    @PutMapping("/obligations/{id}")
    @PreAuthorize(CooperationRoles.WRITE)
    ResponseEntity<ObligationView> change(@PathVariable UUID id, @ExpectedVersion long version,
            @Valid @RequestBody ObligationRequest request) {
        return withEtag(obligations.change(id, version, request.toDetails()));
    }

    @PostMapping("/obligations/{id}/occurrences/{occurrenceId}/submit")
    @PreAuthorize(CooperationRoles.WRITE)
    ResponseEntity<ObligationView> submit(@PathVariable UUID id, @PathVariable UUID occurrenceId,
            @ExpectedVersion long version, @Valid @RequestBody SubmissionRequest request) {
        return withEtag(obligations.submit(id, version, occurrenceId, request.submittedOn(), request.reference().strip()));
    }

    @GetMapping("/obligations/{id}/history")
    @PreAuthorize(CooperationRoles.HISTORY)
    List<HistoryView> history(@PathVariable UUID id) {
        obligations.find(id);
        return HistoryView.of(history.of(id));
    }

    private static ResponseEntity<ObligationView> withEtag(ReportingObligation obligation) {
        return Responses.withEtag(obligation.getVersion(), ObligationView.of(obligation));
    }
}
