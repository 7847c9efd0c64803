package org.coordina.internationalcooperation.internal.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.internationalcooperation.internal.Agreement;
import org.coordina.internationalcooperation.internal.AgreementStatus;
import org.coordina.internationalcooperation.internal.Agreements;
import org.coordina.internationalcooperation.internal.CooperationDirectory;
import org.coordina.internationalcooperation.internal.CooperationHistory;
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

/** {@code /api/v1/cooperation/agreements}: agreements drafted, signed and terminated; they expire by themselves. */
@RestController
@RequestMapping(CooperationRoles.PATH + "/agreements")
class AgreementController {

    private final Agreements agreements;

    private final CooperationDirectory directory;

    private final CooperationHistory history;

    AgreementController(Agreements agreements, CooperationDirectory directory, CooperationHistory history) {
        this.agreements = agreements;
        this.directory = directory;
        this.history = history;
    }

    @GetMapping
    @PreAuthorize(CooperationRoles.READ)
    PagedModel<AgreementView> list(@RequestParam(required = false) AgreementStatus status,
            @SortableBy({ "validFrom", "validTo", "titleBg", "titleEn", "status" })
            @PageableDefault(sort = "validFrom", direction = Sort.Direction.DESC) Pageable pageable) {
        return new PagedModel<>(directory.agreements(status, pageable).map(AgreementView::of));
    }

    @PostMapping
    @PreAuthorize(CooperationRoles.WRITE)
    ResponseEntity<AgreementView> draft(@Valid @RequestBody AgreementRequest request) {
        var agreement = agreements.draft(request.toDetails());
        return Responses.created(agreement.getId(), agreement.getVersion(), AgreementView.of(agreement));
    }

    @GetMapping("/{id}")
    @PreAuthorize(CooperationRoles.READ)
    ResponseEntity<AgreementView> show(@PathVariable UUID id) {
        return withEtag(agreements.find(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(CooperationRoles.WRITE)
    ResponseEntity<AgreementView> change(@PathVariable UUID id, @ExpectedVersion long version,
            @Valid @RequestBody AgreementRequest request) {
        return withEtag(agreements.change(id, version, request.toDetails()));
    }

    @PostMapping("/{id}/sign")
    @PreAuthorize(CooperationRoles.WRITE)
    ResponseEntity<AgreementView> sign(@PathVariable UUID id, @ExpectedVersion long version,
            @Valid @RequestBody SignRequest request) {
        return withEtag(agreements.sign(id, version, request.signedOn()));
    }

    @PostMapping("/{id}/terminate")
    @PreAuthorize(CooperationRoles.WRITE)
    ResponseEntity<AgreementView> terminate(@PathVariable UUID id, @ExpectedVersion long version) {
        return withEtag(agreements.terminate(id, version));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(CooperationRoles.HISTORY)
    List<HistoryView> history(@PathVariable UUID id) {
        agreements.find(id);
        return HistoryView.of(history.of(id));
    }

    private static ResponseEntity<AgreementView> withEtag(Agreement agreement) {
        return Responses.withEtag(agreement.getVersion(), AgreementView.of(agreement));
    }
}
