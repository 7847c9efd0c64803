package org.coordina.regionalcommissions.internal;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;
import org.coordina.sharedkernel.security.CommissionAccess;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.web.Versions;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/commissions}: the public list and view of the commissions (every signed-in user),
 * their full data (those who may read the commission), and the changes the national administration
 * makes (establishing, core data, status) or the commission's own secretary makes (secretary).
 */
@RestController
@RequestMapping("/api/v1/commissions")
class CommissionController {

    static final String PATH = "/api/v1/commissions";

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "nameBg", "nameBg", "nameEn",
            "nameEn", "city", "city", "status", "status");

    private final CommissionManagement management;

    private final CommissionMapper mapper;

    private final CommissionAccess access;

    CommissionController(CommissionManagement management, CommissionMapper mapper, CommissionAccess access) {
        this.management = management;
        this.mapper = mapper;
        this.access = access;
    }

    @GetMapping
    PagedModel<CommissionSummary> list(@PageableDefault(sort = "code") Pageable pageable) {
        return new PagedModel<>(management.list(PageRequests.restrict(pageable, SORTABLE)).map(mapper::toSummary));
    }

    @PostMapping
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    ResponseEntity<CommissionView> establish(@Valid @RequestBody EstablishCommissionRequest request) {
        var secretary = request.secretary() == null ? null : mapper.toSecretary(request.secretary());
        var commission = management.establish(request.code(), mapper.toDetails(request), secretary);
        return ResponseEntity.created(URI.create(PATH + "/" + commission.getCode()))
                .eTag(Versions.etag(commission.getVersion()))
                .body(mapper.toView(commission));
    }

    /** The full view for those who may read the commission's data, the public view for everyone else. */
    @GetMapping("/{code}")
    ResponseEntity<Object> show(@PathVariable String code) {
        var commission = management.find(code);
        Object body = access.canRead(code) ? mapper.toView(commission) : mapper.toSummary(commission);
        return ResponseEntity.ok().eTag(Versions.etag(commission.getVersion())).body(body);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    ResponseEntity<CommissionView> changeDetails(@PathVariable String code,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CommissionDetailsData data) {
        var commission = management.changeDetails(code, Versions.fromIfMatch(ifMatch), mapper.toDetails(data));
        return withEtag(commission);
    }

    @PutMapping("/{code}/status")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    ResponseEntity<CommissionView> changeStatus(@PathVariable String code,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StatusChange change) {
        return withEtag(management.changeStatus(code, Versions.fromIfMatch(ifMatch), change.status()));
    }

    @PutMapping("/{code}/secretary")
    ResponseEntity<CommissionView> assignSecretary(@PathVariable String code,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody SecretaryData data) {
        access.checkWrite(code, Role.NATIONAL_ADMIN);
        var commission = management.assignSecretary(code, Versions.fromIfMatch(ifMatch), mapper.toSecretary(data));
        return withEtag(commission);
    }

    private ResponseEntity<CommissionView> withEtag(Commission commission) {
        return ResponseEntity.ok().eTag(Versions.etag(commission.getVersion())).body(mapper.toView(commission));
    }
}
