package org.coordina.regionalcommissions.internal.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.regionalcommissions.internal.TrendReport;
import org.coordina.regionalcommissions.internal.TrendReports;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.ReadsCommissionData;
import org.coordina.sharedkernel.security.WritesCommissionData;
import org.coordina.sharedkernel.web.ExpectedVersion;
import org.coordina.sharedkernel.web.Responses;
import org.coordina.sharedkernel.web.SortableBy;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/commissions/{code}/trend-reports}: read by those who may read the commission,
 * drafted, revised and published by the commission's own secretary only.
 */
@RestController
@RequestMapping(CommissionController.PATH + "/{code}/trend-reports")
class TrendReportController {

    private final TrendReports reports;

    private final TrendReportMapper mapper;

    TrendReportController(TrendReports reports, TrendReportMapper mapper) {
        this.reports = reports;
        this.mapper = mapper;
    }

    @GetMapping
    @ReadsCommissionData
    PagedModel<TrendReportView> list(@PathVariable CommissionCode code,
            @SortableBy({ "year=periodYear", "period=periodPart", "status", "title" })
            @PageableDefault(sort = { "year", "period" }, direction = Sort.Direction.DESC) Pageable pageable) {
        return new PagedModel<>(reports.list(code, pageable).map(mapper::toView));
    }

    @GetMapping("/{id}")
    @ReadsCommissionData
    ResponseEntity<TrendReportView> show(@PathVariable CommissionCode code, @PathVariable UUID id) {
        return withEtag(reports.find(code, id));
    }

    @PostMapping
    @WritesCommissionData
    ResponseEntity<TrendReportView> draft(@PathVariable CommissionCode code,
            @Valid @RequestBody TrendReportRequest request) {
        var report = reports.draft(code, mapper.toPeriod(request), mapper.toContent(request));
        return Responses.created(report.getId(), report.getVersion(), mapper.toView(report));
    }

    @PutMapping("/{id}")
    @WritesCommissionData
    ResponseEntity<TrendReportView> revise(@PathVariable CommissionCode code, @PathVariable UUID id,
            @ExpectedVersion long version, @Valid @RequestBody TrendReportRequest request) {
        return withEtag(reports.revise(code, id, version, mapper.toPeriod(request), mapper.toContent(request)));
    }

    @PostMapping("/{id}/publish")
    @WritesCommissionData
    ResponseEntity<TrendReportView> publish(@PathVariable CommissionCode code, @PathVariable UUID id,
            @ExpectedVersion long version) {
        return withEtag(reports.publish(code, id, version));
    }

    private ResponseEntity<TrendReportView> withEtag(TrendReport report) {
        return Responses.withEtag(report.getVersion(), mapper.toView(report));
    }
}
