package org.coordina.victimsupport.internal.web;

import java.util.List;

import jakarta.validation.Valid;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.ReadsCommissionData;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.WritesCommissionData;
import org.coordina.sharedkernel.web.ExpectedVersion;
import org.coordina.sharedkernel.web.Responses;
import org.coordina.sharedkernel.web.Versions;
import org.coordina.victimsupport.internal.DisclosureControl;
import org.coordina.victimsupport.internal.StatisticsSubmissions;
import org.coordina.victimsupport.internal.VictimStatistics;
import org.springframework.http.HttpStatus;
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
 * {@code /api/v1/victim-support/statistics/{code}/{year}/{q}}: a commission's victim statistics of a
 * quarter. Its secretary drafts, changes and submits them; the national admin and experts accept them; the
 * secretary or the national admin corrects accepted ones with a reason. Everyone but the national admin and
 * experts reads them protected; the history is for the national roles and the auditor.
 */
@RestController
@RequestMapping("/api/v1/victim-support/statistics/{code}/{year}/{q}")
class VictimStatisticsController {

    private final StatisticsSubmissions submissions;

    private final DisclosureControl disclosure;

    private final VictimSupportAccess access;

    VictimStatisticsController(StatisticsSubmissions submissions, DisclosureControl disclosure,
            VictimSupportAccess access) {
        this.submissions = submissions;
        this.disclosure = disclosure;
        this.access = access;
    }

    @GetMapping
    @ReadsCommissionData
    ResponseEntity<StatisticsView> show(@PathVariable CommissionCode code, @PathVariable int year,
            @PathVariable int q) {
        return view(submissions.find(code, year, q));
    }

    @PostMapping
    @WritesCommissionData
    ResponseEntity<StatisticsView> draft(@PathVariable CommissionCode code, @PathVariable int year,
            @PathVariable int q, @Valid @RequestBody StatisticsRequest request) {
        var statistics = submissions.draft(code, year, q, request.toTable());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(statistics.getVersion()))
                .body(view(statistics).getBody());
    }

    @PutMapping
    @WritesCommissionData
    ResponseEntity<StatisticsView> replace(@PathVariable CommissionCode code, @PathVariable int year,
            @PathVariable int q, @ExpectedVersion long version, @Valid @RequestBody StatisticsRequest request) {
        return view(submissions.replace(code, year, q, version, request.toTable()));
    }

    @PostMapping("/submit")
    @WritesCommissionData
    ResponseEntity<StatisticsView> submit(@PathVariable CommissionCode code, @PathVariable int year,
            @PathVariable int q, @ExpectedVersion long version) {
        return view(submissions.submit(code, year, q, version));
    }

    @PostMapping("/accept")
    @PreAuthorize("@victimSupportAccess.isNational()")
    ResponseEntity<StatisticsView> accept(@PathVariable CommissionCode code, @PathVariable int year,
            @PathVariable int q, @ExpectedVersion long version) {
        return view(submissions.accept(code, year, q, version));
    }

    @PostMapping("/corrections")
    @WritesCommissionData(alsoAllowed = Role.NATIONAL_ADMIN)
    ResponseEntity<StatisticsView> correct(@PathVariable CommissionCode code, @PathVariable int year,
            @PathVariable int q, @ExpectedVersion long version, @Valid @RequestBody CorrectionRequest request) {
        return view(submissions.correct(code, year, q, version, request.toTable(), request.reason()));
    }

    @GetMapping("/history")
    @PreAuthorize("@victimSupportAccess.canReadHistory()")
    List<HistoryView> history(@PathVariable CommissionCode code, @PathVariable int year, @PathVariable int q) {
        return submissions.history(code, year, q).stream().map(HistoryView::of).toList();
    }

    private ResponseEntity<StatisticsView> view(VictimStatistics statistics) {
        var raw = access.seesRaw();
        var table = statistics.table();
        return Responses.withEtag(statistics.getVersion(), new StatisticsView(statistics.getCommission(),
                statistics.getYear(), statistics.getQuarter(), statistics.getStatus(), statistics.getSubmittedAt(),
                statistics.getAcceptedAt(), raw, raw ? disclosure.raw(table) : disclosure.protect(table),
                statistics.getVersion()));
    }
}
