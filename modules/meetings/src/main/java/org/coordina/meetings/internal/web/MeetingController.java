package org.coordina.meetings.internal.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.meetings.internal.Meeting;
import org.coordina.meetings.internal.MeetingDirectory;
import org.coordina.meetings.internal.MeetingStatus;
import org.coordina.meetings.internal.Meetings;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.web.ExpectedVersion;
import org.coordina.sharedkernel.web.Responses;
import org.coordina.sharedkernel.web.SortableBy;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/meetings}: meetings listed for those they concern (national roles and the auditor see
 * all, a commission's users those it organises or is invited to), scheduled and changed by their
 * organiser (national admin and experts for national meetings, a commission's own secretary for its
 * meetings). Every change needs the meeting's ETag in {@code If-Match}.
 */
@RestController
@RequestMapping(MeetingController.PATH)
class MeetingController {

    static final String PATH = "/api/v1/meetings";

    private final Meetings meetings;

    private final MeetingDirectory directory;

    private final MeetingMapper mapper;

    private final MeetingAccess access;

    MeetingController(Meetings meetings, MeetingDirectory directory, MeetingMapper mapper, MeetingAccess access) {
        this.meetings = meetings;
        this.directory = directory;
        this.mapper = mapper;
        this.access = access;
    }

    @GetMapping
    @PreAuthorize("@meetingAccess.canList()")
    PagedModel<MeetingSummary> list(@RequestParam(required = false) MeetingStatus status,
            @RequestParam(required = false) Party organiser,
            @SortableBy({ "startsAt", "titleBg", "titleEn", "kind", "status" })
            @PageableDefault(sort = "startsAt", direction = Sort.Direction.DESC) Pageable pageable) {
        Optional<CommissionCode> scope = access.canReadAll() ? Optional.empty() : access.localCommission();
        return new PagedModel<>(directory.page(scope, status, organiser, pageable).map(mapper::toSummary));
    }

    @PostMapping
    @PreAuthorize("@meetingAccess.canOrganise(#request.organiser())")
    ResponseEntity<MeetingView> schedule(@Valid @RequestBody ScheduleMeetingRequest request) {
        var meeting = meetings.schedule(request.organiser(), mapper.toDetails(request), mapper.toTime(request));
        return Responses.created(meeting.getId(), meeting.getVersion(), mapper.toView(meeting));
    }

    @GetMapping("/{id}")
    @PreAuthorize("@meetingAccess.canRead(#id)")
    ResponseEntity<MeetingView> show(@PathVariable UUID id) {
        return withEtag(meetings.find(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("@meetingAccess.canChange(#id)")
    ResponseEntity<MeetingView> changeDetails(@PathVariable UUID id, @ExpectedVersion long version,
            @Valid @RequestBody MeetingDetailsRequest request) {
        return withEtag(meetings.changeDetails(id, version, mapper.toDetails(request)));
    }

    @PostMapping("/{id}/reschedule")
    @PreAuthorize("@meetingAccess.canChange(#id)")
    ResponseEntity<MeetingView> reschedule(@PathVariable UUID id, @ExpectedVersion long version,
            @Valid @RequestBody RescheduleRequest request) {
        return withEtag(meetings.reschedule(id, version, mapper.toTime(request), request.reason()));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("@meetingAccess.canChange(#id)")
    ResponseEntity<MeetingView> cancel(@PathVariable UUID id, @ExpectedVersion long version,
            @Valid @RequestBody ReasonRequest request) {
        return withEtag(meetings.cancel(id, version, request.reason()));
    }

    @PostMapping("/{id}/hold")
    @PreAuthorize("@meetingAccess.canChange(#id)")
    ResponseEntity<MeetingView> hold(@PathVariable UUID id, @ExpectedVersion long version) {
        return withEtag(meetings.hold(id, version));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("@meetingAccess.canChange(#id)")
    ResponseEntity<MeetingView> close(@PathVariable UUID id, @ExpectedVersion long version) {
        return withEtag(meetings.close(id, version));
    }

    @GetMapping("/{id}/sessions")
    @PreAuthorize("@meetingAccess.canRead(#id)")
    ResponseEntity<List<MeetingView.SessionView>> sessions(@PathVariable UUID id) {
        var view = mapper.toView(meetings.find(id));
        return Responses.withEtag(view.version(), view.agenda());
    }

    @PutMapping("/{id}/sessions")
    @PreAuthorize("@meetingAccess.canChange(#id)")
    ResponseEntity<MeetingView> replaceAgenda(@PathVariable UUID id, @ExpectedVersion long version,
            @Valid @RequestBody AgendaRequest request) {
        return withEtag(meetings.replaceAgenda(id, version, mapper.toAgenda(request)));
    }

    @GetMapping("/{id}/participants")
    @PreAuthorize("@meetingAccess.canRead(#id)")
    ResponseEntity<List<MeetingView.ParticipantView>> participants(@PathVariable UUID id) {
        var view = mapper.toView(meetings.find(id));
        return Responses.withEtag(view.version(), view.participants());
    }

    @PutMapping("/{id}/participants")
    @PreAuthorize("@meetingAccess.canChange(#id)")
    ResponseEntity<MeetingView> replaceParticipants(@PathVariable UUID id, @ExpectedVersion long version,
            @Valid @RequestBody ParticipantsRequest request) {
        return withEtag(meetings.replaceParticipants(id, version, mapper.toParticipants(request)));
    }

    @PostMapping("/{id}/decisions")
    @PreAuthorize("@meetingAccess.canChange(#id)")
    ResponseEntity<MeetingView> recordDecision(@PathVariable UUID id, @ExpectedVersion long version,
            @Valid @RequestBody DecisionRequest request) {
        return withEtag(meetings.recordDecision(id, version, request.textBg(), request.textEn()));
    }

    @GetMapping("/{id}/action-items")
    @PreAuthorize("@meetingAccess.canRead(#id)")
    ResponseEntity<List<MeetingView.ActionItemView>> actionItems(@PathVariable UUID id) {
        var view = mapper.toView(meetings.find(id));
        return Responses.withEtag(view.version(), view.actionItems());
    }

    @PostMapping("/{id}/action-items")
    @PreAuthorize("@meetingAccess.canChange(#id)")
    ResponseEntity<MeetingView> agree(@PathVariable UUID id, @ExpectedVersion long version,
            @Valid @RequestBody ActionItemRequest request) {
        return withEtag(meetings.agree(id, version, mapper.toActionItem(request)));
    }

    @PutMapping("/{id}/action-items/{itemId}/status")
    @PreAuthorize("@meetingAccess.canChange(#id)")
    ResponseEntity<MeetingView> changeActionItemStatus(@PathVariable UUID id, @PathVariable UUID itemId,
            @ExpectedVersion long version, @Valid @RequestBody ActionItemStatusRequest request) {
        return withEtag(meetings.changeActionItemStatus(id, version, itemId, request.status()));
    }

    @GetMapping("/{id}/minutes")
    @PreAuthorize("@meetingAccess.canRead(#id)")
    ResponseEntity<MeetingView.MinutesView> minutes(@PathVariable UUID id) {
        var view = mapper.toView(meetings.find(id));
        return Responses.withEtag(view.version(), view.minutes());
    }

    @PutMapping("/{id}/minutes")
    @PreAuthorize("@meetingAccess.canChange(#id)")
    ResponseEntity<MeetingView> writeMinutes(@PathVariable UUID id, @ExpectedVersion long version,
            @Valid @RequestBody MinutesRequest request) {
        return withEtag(meetings.writeMinutes(id, version, mapper.toMinutes(request), request.reason()));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize("@meetingAccess.canRead(#id)")
    List<HistoryView> history(@PathVariable UUID id) {
        return mapper.toViews(meetings.history(id));
    }

    private ResponseEntity<MeetingView> withEtag(Meeting meeting) {
        return Responses.withEtag(meeting.getVersion(), mapper.toView(meeting));
    }
}
