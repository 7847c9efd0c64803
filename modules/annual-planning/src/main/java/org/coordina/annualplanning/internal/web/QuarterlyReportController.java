package org.coordina.annualplanning.internal.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.annualplanning.internal.ActivityProgressReporting;
import org.coordina.annualplanning.internal.PlanProgressDirectory;
import org.coordina.annualplanning.internal.QuarterlyReport;
import org.coordina.annualplanning.internal.QuarterlyReports;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.HistoryEntry;
import org.coordina.sharedkernel.web.ExpectedVersion;
import org.coordina.sharedkernel.web.Responses;
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
 * {@code /api/v1/planning-cycles/{year}/plans/{owner}/quarters}: the quarterly reports of an approved plan
 * and its activities' progress in them. Read by the plan's readers; progress is changed and reports are
 * submitted by those who write the plan; only the national administrator accepts, returns and reopens.
 */
@RestController
@RequestMapping(QuarterlyReportController.PATH)
class QuarterlyReportController {

    static final String PATH = "/api/v1/planning-cycles/{year}/plans/{owner}/quarters";

    private final QuarterlyReports reports;

    private final ActivityProgressReporting progress;

    private final PlanProgressDirectory directory;

    private final QuarterlyReportMapper mapper;

    QuarterlyReportController(QuarterlyReports reports, ActivityProgressReporting progress,
            PlanProgressDirectory directory, QuarterlyReportMapper mapper) {
        this.reports = reports;
        this.progress = progress;
        this.directory = directory;
        this.mapper = mapper;
    }

    @GetMapping
    @PreAuthorize("@planAccess.canRead(#owner)")
    List<ReportSummary> list(@PathVariable int year, @PathVariable Party owner) {
        var today = reports.today();
        return reports.of(year, owner).stream().map(report -> mapper.toSummary(report, today)).toList();
    }

    @GetMapping("/{q}")
    @PreAuthorize("@planAccess.canRead(#owner)")
    ResponseEntity<QuarterlyReportView> show(@PathVariable int year, @PathVariable Party owner,
            @PathVariable ReportQuarter q) {
        var report = reports.find(year, owner, q.value());
        var activities = directory.activitiesOf(report).stream().map(mapper::toView).toList();
        return Responses.withEtag(report.getVersion(), mapper.toView(report, reports.today(), activities));
    }

    @PostMapping("/{q}/submit")
    @PreAuthorize("@planAccess.canWrite(#owner)")
    ResponseEntity<ReportSummary> submit(@PathVariable int year, @PathVariable Party owner,
            @PathVariable ReportQuarter q, @ExpectedVersion long version) {
        return summary(reports.submit(year, owner, q.value(), version));
    }

    @PostMapping("/{q}/accept")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    ResponseEntity<ReportSummary> accept(@PathVariable int year, @PathVariable Party owner,
            @PathVariable ReportQuarter q, @ExpectedVersion long version) {
        return summary(reports.accept(year, owner, q.value(), version));
    }

    @PostMapping("/{q}/return")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    ResponseEntity<ReportSummary> returnWith(@PathVariable int year, @PathVariable Party owner,
            @PathVariable ReportQuarter q, @ExpectedVersion long version,
            @Valid @RequestBody CommentsRequest request) {
        return summary(reports.returnWith(year, owner, q.value(), version, request.comments()));
    }

    @PostMapping("/{q}/reopen")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    ResponseEntity<ReportSummary> reopen(@PathVariable int year, @PathVariable Party owner,
            @PathVariable ReportQuarter q, @ExpectedVersion long version, @Valid @RequestBody ReopenRequest request) {
        return summary(reports.reopen(year, owner, q.value(), version, request.reason()));
    }

    @GetMapping("/{q}/history")
    @PreAuthorize("@planAccess.canReadAll()")
    List<HistoryEntry> history(@PathVariable int year, @PathVariable Party owner, @PathVariable ReportQuarter q) {
        return reports.history(year, owner, q.value());
    }

    @GetMapping("/{q}/activities/{activityId}")
    @PreAuthorize("@planAccess.canRead(#owner)")
    ResponseEntity<ProgressView> showProgress(@PathVariable int year, @PathVariable Party owner,
            @PathVariable ReportQuarter q, @PathVariable UUID activityId) {
        var entry = progress.find(year, owner, q.value(), activityId);
        return Responses.withEtag(entry.getVersion(), mapper.toView(entry));
    }

    @PutMapping("/{q}/activities/{activityId}")
    @PreAuthorize("@planAccess.canWrite(#owner)")
    ResponseEntity<ProgressView> report(@PathVariable int year, @PathVariable Party owner,
            @PathVariable ReportQuarter q, @PathVariable UUID activityId, @ExpectedVersion long version,
            @Valid @RequestBody ProgressRequest request) {
        var entry = progress.report(year, owner, q.value(), activityId, version, mapper.toDetails(request));
        return Responses.withEtag(entry.getVersion(), mapper.toView(entry));
    }

    private ResponseEntity<ReportSummary> summary(QuarterlyReport report) {
        return Responses.withEtag(report.getVersion(), mapper.toSummary(report, reports.today()));
    }
}
