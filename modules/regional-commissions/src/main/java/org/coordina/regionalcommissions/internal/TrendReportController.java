package org.coordina.regionalcommissions.internal;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.sharedkernel.security.CommissionAccess;
import org.coordina.sharedkernel.web.Versions;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/commissions/{code}/trend-reports}: read by those who may read the commission,
 * drafted, revised and published by the commission's own secretary only.
 */
@RestController
@RequestMapping(CommissionController.PATH + "/{code}/trend-reports")
class TrendReportController {

    private static final Map<String, String> SORTABLE = Map.of("year", "periodYear", "period", "periodPart", "status",
            "status", "title", "title");

    private final TrendReports reports;

    private final TrendReportMapper mapper;

    private final CommissionAccess access;

    TrendReportController(TrendReports reports, TrendReportMapper mapper, CommissionAccess access) {
        this.reports = reports;
        this.mapper = mapper;
        this.access = access;
    }

    @GetMapping
    PagedModel<TrendReportView> list(@PathVariable String code,
            @PageableDefault(sort = { "year", "period" }, direction = Sort.Direction.DESC) Pageable pageable) {
        access.checkRead(code);
        return new PagedModel<>(reports.list(code, PageRequests.restrict(pageable, SORTABLE)).map(mapper::toView));
    }

    @GetMapping("/{id}")
    ResponseEntity<TrendReportView> show(@PathVariable String code, @PathVariable UUID id) {
        access.checkRead(code);
        return withEtag(reports.find(code, id));
    }

    @PostMapping
    ResponseEntity<TrendReportView> draft(@PathVariable String code, @Valid @RequestBody TrendReportData data) {
        access.checkWrite(code);
        var report = reports.draft(code, mapper.toPeriod(data), mapper.toContent(data));
        return ResponseEntity
                .created(URI.create(CommissionController.PATH + "/" + code + "/trend-reports/" + report.getId()))
                .eTag(Versions.etag(report.getVersion()))
                .body(mapper.toView(report));
    }

    @PutMapping("/{id}")
    ResponseEntity<TrendReportView> revise(@PathVariable String code, @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TrendReportData data) {
        access.checkWrite(code);
        var version = Versions.fromIfMatch(ifMatch);
        return withEtag(reports.revise(code, id, version, mapper.toPeriod(data), mapper.toContent(data)));
    }

    @PostMapping("/{id}/publish")
    ResponseEntity<TrendReportView> publish(@PathVariable String code, @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        access.checkWrite(code);
        return withEtag(reports.publish(code, id, Versions.fromIfMatch(ifMatch)));
    }

    private ResponseEntity<TrendReportView> withEtag(TrendReport report) {
        return ResponseEntity.ok().eTag(Versions.etag(report.getVersion())).body(mapper.toView(report));
    }
}
