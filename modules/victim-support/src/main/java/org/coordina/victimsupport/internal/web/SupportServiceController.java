package org.coordina.victimsupport.internal.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.sharedkernel.web.ExpectedVersion;
import org.coordina.sharedkernel.web.Responses;
import org.coordina.sharedkernel.web.SortableBy;
import org.coordina.victimsupport.internal.SupportDirectory;
import org.coordina.victimsupport.internal.SupportServices;
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
 * {@code /api/v1/victim-support/services}: the register of support services, read by every role but the
 * integrator, kept by the national admin and experts; changes need the ETag in {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/victim-support/services")
class SupportServiceController {

    private final SupportServices services;

    private final SupportDirectory directory;

    SupportServiceController(SupportServices services, SupportDirectory directory) {
        this.services = services;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize("@victimSupportAccess.canRead()")
    PagedModel<ServiceView> list(@SortableBy({ "nameBg", "nameEn", "city", "type", "status" })
            @PageableDefault(sort = "nameEn") Pageable pageable) {
        return new PagedModel<>(directory.services(pageable).map(ServiceView::of));
    }

    @PostMapping
    @PreAuthorize("@victimSupportAccess.isNational()")
    ResponseEntity<ServiceView> register(@Valid @RequestBody ServiceRequest request) {
        var service = services.register(request.toDetails());
        return Responses.created(service.getId(), service.getVersion(), ServiceView.of(service));
    }

    @GetMapping("/{id}")
    @PreAuthorize("@victimSupportAccess.canRead()")
    ResponseEntity<ServiceView> show(@PathVariable UUID id) {
        var service = services.find(id);
        return Responses.withEtag(service.getVersion(), ServiceView.of(service));
    }

    @PutMapping("/{id}")
    @PreAuthorize("@victimSupportAccess.isNational()")
    ResponseEntity<ServiceView> change(@PathVariable UUID id, @ExpectedVersion long version,
            @Valid @RequestBody ServiceRequest request) {
        var service = services.change(id, version, request.toDetails());
        return Responses.withEtag(service.getVersion(), ServiceView.of(service));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize("@victimSupportAccess.canReadHistory()")
    List<HistoryView> history(@PathVariable UUID id) {
        return services.history(id).stream().map(HistoryView::of).toList();
    }
}
