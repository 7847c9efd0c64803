package org.coordina.annualplanning.internal.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.annualplanning.internal.Backlog;
import org.coordina.annualplanning.internal.ProposalList;
import org.coordina.annualplanning.internal.ProposalStatus;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.web.ExpectedVersion;
import org.coordina.sharedkernel.web.Responses;
import org.coordina.sharedkernel.web.SortableBy;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/planning-cycles/{year}/plans/{owner}/proposals}: the owner's backlog for the year, read by
 * those who read the plan; adopted into the plan or declined by those who change it.
 */
@RestController
@RequestMapping("/api/v1/planning-cycles/{year}/plans/{owner}/proposals")
class BacklogController {

    private final Backlog backlog;

    private final ProposalList list;

    private final ProposalMapper mapper;

    BacklogController(Backlog backlog, ProposalList list, ProposalMapper mapper) {
        this.backlog = backlog;
        this.list = list;
        this.mapper = mapper;
    }

    @GetMapping
    @PreAuthorize("@planAccess.canRead(#owner)")
    PagedModel<ProposalView> list(@PathVariable int year, @PathVariable Party owner,
            @RequestParam(required = false) ProposalStatus status,
            @SortableBy({ "title", "titleBg", "section", "status" }) @PageableDefault(size = 50) Pageable pageable) {
        return new PagedModel<>(list.page(year, owner, status, pageable).map(mapper::toView));
    }

    @GetMapping("/{id}")
    @PreAuthorize("@planAccess.canRead(#owner)")
    ResponseEntity<ProposalView> show(@PathVariable int year, @PathVariable Party owner, @PathVariable UUID id) {
        var proposal = backlog.find(year, owner, id);
        return Responses.withEtag(proposal.getVersion(), mapper.toView(proposal));
    }

    /** Creates the activity (201, its location) and marks the proposal adopted. */
    @PostMapping("/{id}/adopt")
    @PreAuthorize("@planAccess.canWrite(#owner)")
    ResponseEntity<Void> adopt(@PathVariable int year, @PathVariable Party owner, @PathVariable UUID id,
            @ExpectedVersion long version, @Valid @RequestBody(required = false) AdoptProposalRequest request) {
        var activity = backlog.adopt(year, owner, id, version, request == null ? null : request.sectionCode());
        return ResponseEntity.created(URI.create("/api/v1/planning-cycles/" + year + "/plans/" + owner + "/activities/"
                + activity.getId())).eTag("\"" + activity.getVersion() + "\"").build();
    }

    @PostMapping("/{id}/decline")
    @PreAuthorize("@planAccess.canWrite(#owner)")
    ResponseEntity<ProposalView> decline(@PathVariable int year, @PathVariable Party owner, @PathVariable UUID id,
            @ExpectedVersion long version, @Valid @RequestBody ReasonRequest request) {
        var proposal = backlog.decline(year, owner, id, version, request.reason());
        return Responses.withEtag(proposal.getVersion(), mapper.toView(proposal));
    }
}
