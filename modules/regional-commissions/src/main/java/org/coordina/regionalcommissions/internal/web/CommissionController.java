package org.coordina.regionalcommissions.internal.web;

import jakarta.validation.Valid;
import org.coordina.regionalcommissions.internal.Commission;
import org.coordina.regionalcommissions.internal.CommissionManagement;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.CommissionAccess;
import org.coordina.sharedkernel.security.NoCommissionScope;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.WritesCommissionData;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/commissions}: the public list and view of the commissions (every signed-in user),
 * their full data (those who may read the commission), and the changes the national administration
 * makes (establishing, core data, status) or the commission's own secretary makes (secretary).
 */
@RestController
@RequestMapping(CommissionController.PATH)
class CommissionController {

    static final String PATH = "/api/v1/commissions";

    private final CommissionManagement management;

    private final CommissionMapper mapper;

    private final CommissionAccess access;

    CommissionController(CommissionManagement management, CommissionMapper mapper, CommissionAccess access) {
        this.management = management;
        this.mapper = mapper;
        this.access = access;
    }

    @GetMapping
    PagedModel<CommissionSummary> list(@SortableBy({ "code", "nameBg", "nameEn", "city", "status" })
            @PageableDefault(sort = "code") Pageable pageable) {
        return new PagedModel<>(management.list(pageable).map(mapper::toSummary));
    }

    @PostMapping
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    ResponseEntity<CommissionView> establish(@Valid @RequestBody EstablishCommissionRequest request) {
        var secretary = request.secretary() == null ? null : mapper.toSecretary(request.secretary());
        var commission = management.establish(request.code(), mapper.toDetails(request), secretary);
        return Responses.created(commission.getCode(), commission.getVersion(), mapper.toView(commission));
    }

    /** The full view for those who may read the commission's data, the public view for everyone else. */
    @GetMapping("/{code}")
    @NoCommissionScope(reason = "every signed-in user sees a commission's public summary; "
            + "the full view is chosen by CommissionAccess.canRead")
    ResponseEntity<Object> show(@PathVariable CommissionCode code) {
        var commission = management.find(code);
        Object body = access.canRead(code) ? mapper.toView(commission) : mapper.toSummary(commission);
        return Responses.withEtag(commission.getVersion(), body);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    ResponseEntity<CommissionView> changeDetails(@PathVariable CommissionCode code, @ExpectedVersion long version,
            @Valid @RequestBody CommissionDetailsRequest request) {
        return withEtag(management.changeDetails(code, version, mapper.toDetails(request)));
    }

    @PutMapping("/{code}/status")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    ResponseEntity<CommissionView> changeStatus(@PathVariable CommissionCode code, @ExpectedVersion long version,
            @Valid @RequestBody StatusChangeRequest request) {
        return withEtag(management.changeStatus(code, version, request.status()));
    }

    @PutMapping("/{code}/secretary")
    @WritesCommissionData(alsoAllowed = Role.NATIONAL_ADMIN)
    ResponseEntity<CommissionView> assignSecretary(@PathVariable CommissionCode code, @ExpectedVersion long version,
            @Valid @RequestBody SecretaryRequest request) {
        return withEtag(management.assignSecretary(code, version, mapper.toSecretary(request)));
    }

    private ResponseEntity<CommissionView> withEtag(Commission commission) {
        return Responses.withEtag(commission.getVersion(), mapper.toView(commission));
    }
}
