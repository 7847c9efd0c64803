package org.coordina.internationalcooperation.internal.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.internationalcooperation.events.PartnerKind;
import org.coordina.internationalcooperation.internal.CooperationDirectory;
import org.coordina.internationalcooperation.internal.CooperationHistory;
import org.coordina.internationalcooperation.internal.Partners;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/cooperation/partners}: the bodies the commission cooperates with. */
@RestController
@RequestMapping(CooperationRoles.PATH + "/partners")
class PartnerController {

    private final Partners partners;

    private final CooperationDirectory directory;

    private final CooperationHistory history;

    PartnerController(Partners partners, CooperationDirectory directory, CooperationHistory history) {
        this.partners = partners;
        this.directory = directory;
        this.history = history;
    }

    @GetMapping
    @PreAuthorize(CooperationRoles.READ)
    PagedModel<PartnerView> list(@RequestParam(required = false) PartnerKind kind,
            @SortableBy({ "nameBg", "nameEn", "kind", "country" }) @PageableDefault(sort = "nameEn") Pageable pageable) {
        return new PagedModel<>(directory.partners(kind, pageable).map(PartnerView::of));
    }

    @PostMapping
    @PreAuthorize(CooperationRoles.WRITE)
    ResponseEntity<PartnerView> register(@Valid @RequestBody PartnerRequest request) {
        var partner = partners.register(request.toDetails());
        return Responses.created(partner.getId(), partner.getVersion(), PartnerView.of(partner));
    }

    @GetMapping("/{id}")
    @PreAuthorize(CooperationRoles.READ)
    ResponseEntity<PartnerView> show(@PathVariable UUID id) {
        var partner = partners.find(id);
        return Responses.withEtag(partner.getVersion(), PartnerView.of(partner));
    }

    @PutMapping("/{id}")
    @PreAuthorize(CooperationRoles.WRITE)
    ResponseEntity<PartnerView> change(@PathVariable UUID id, @ExpectedVersion long version,
            @Valid @RequestBody PartnerRequest request) {
        var partner = partners.change(id, version, request.toDetails());
        return Responses.withEtag(partner.getVersion(), PartnerView.of(partner));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(CooperationRoles.HISTORY)
    List<HistoryView> history(@PathVariable UUID id) {
        partners.find(id);
        return HistoryView.of(history.of(id));
    }
}
