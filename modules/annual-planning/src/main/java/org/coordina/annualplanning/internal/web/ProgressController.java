package org.coordina.annualplanning.internal.web;

import static org.coordina.annualplanning.internal.web.PlanExportController.section;
import static org.coordina.annualplanning.internal.web.PlanExportController.text;
import static org.coordina.annualplanning.internal.web.PlanExportController.write;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.coordina.annualplanning.internal.ActivityTally;
import org.coordina.annualplanning.internal.IndicatorTally;
import org.coordina.annualplanning.internal.Localized;
import org.coordina.annualplanning.internal.PlanExports;
import org.coordina.annualplanning.internal.ProgressQuery;
import org.coordina.annualplanning.internal.QuarterTally;
import org.coordina.annualplanning.internal.ReportState;
import org.coordina.sharedkernel.web.ExportFormat;
import org.coordina.sharedkernel.web.ExportResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The national roll-up of a cycle ({@code …/progress} as JSON, CSV or XLSX: by suffix, or by {@code Accept} on
 * {@code …/progress} itself) and the programme's annual
 * report ({@code …/annual-report.xlsx}): for national staff and the auditor.
 */
@RestController
@RequestMapping("/api/v1/planning-cycles/{year}")
@PreAuthorize("@planAccess.canReadAll()")
class ProgressController {

    /** Sections have no reports of their own: four empty cells keep every row as wide as the header. */
    private static final List<Object> NO_REPORTS = Collections.nCopies(4, null);

    private final ProgressQuery progress;

    private final PlanExports exports;

    private final ExportLabels labels;

    ProgressController(ProgressQuery progress, PlanExports exports, ExportLabels labels) {
        this.progress = progress;
        this.exports = exports;
        this.labels = labels;
    }

    @GetMapping("/progress")
    CycleProgressView progress(@PathVariable int year) {
        return CycleProgressView.of(progress.of(year));
    }

    /** The roll-up as CSV when asked by {@code Accept: text/csv} on the resource's own URL. */
    @GetMapping(path = "/progress", produces = "text/csv")
    void progressAsCsv(@PathVariable int year,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            HttpServletResponse response) throws IOException {
        progressExport(year, "csv", acceptLanguage, response);
    }

    /** The roll-up as XLSX when asked by {@code Accept} on the resource's own URL. */
    @GetMapping(path = "/progress", produces = ExportFormat.XLSX_TYPE)
    void progressAsXlsx(@PathVariable int year,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            HttpServletResponse response) throws IOException {
        progressExport(year, "xlsx", acceptLanguage, response);
    }

    @GetMapping("/progress.{format:csv|xlsx}")
    void progressExport(@PathVariable int year, @PathVariable String format,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            HttpServletResponse response) throws IOException {
        var cycle = progress.of(year);
        var locale = ExportLabels.language(acceptLanguage);
        ExportResponse.send(response, ExportFormat.of(format), "progress-" + year, String.valueOf(year), table -> {
            table.row(labels.headers(locale, "scope", "code", "name", "planStatus", "activities", "status.NOT_STARTED",
                    "status.IN_PROGRESS", "status.COMPLETED", "status.POSTPONED", "status.CANCELLED", "indicators",
                    "indicatorsReached", "meanAchievement", "q1", "q2", "q3", "q4"));
            var quarters = cycle.reports().stream().map(tally -> (Object) quarterSummary(tally, locale)).toList();
            table.row(cells(labels.word(locale, "scope.ALL"), null, null, null, cycle.activities(),
                    cycle.indicators(), quarters));
            for (var line : cycle.sections()) {
                table.row(cells(labels.word(locale, "scope.SECTION"), line.code(),
                        text(new Localized(line.titleBg(), line.titleEn()), locale), null, line.activities(),
                        line.indicators(), NO_REPORTS));
            }
            for (var line : cycle.owners()) {
                var name = line.owner().isNational() ? labels.word(locale, "nationalPlan")
                        : text(line.nameBg() == null ? null : new Localized(line.nameBg(), line.nameEn()), locale);
                table.row(cells(labels.word(locale, "scope.OWNER"), line.owner().value(), name,
                        labels.of(locale, "planStatus", line.planStatus()), line.activities(), line.indicators(),
                        line.quarters().stream().map(state -> (Object) labels.of(locale, "report", state)).toList()));
            }
        });
    }

    @GetMapping("/annual-report.xlsx")
    void annualReport(@PathVariable int year,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            HttpServletResponse response) throws IOException {
        exports.requireCycle(year);
        var locale = ExportLabels.language(acceptLanguage);
        ExportResponse.send(response, ExportFormat.XLSX, "annual-report-" + year, String.valueOf(year), table -> {
            table.row(labels.headers(locale, "section", "owner", "title", "serves", "status", "peopleReached",
                    "indicatorAchievement", "meanAchievement"));
            exports.annualReport(year, line -> write(table, section(line.sectionCode(), line.section(), locale),
                    line.owner().isNational() ? labels.word(locale, "nationalPlan") : line.owner().value(),
                    text(line.title(), locale), text(line.serves(), locale), labels.of(locale, "status", line.status()),
                    line.peopleReached(), text(line.indicators(), locale), line.meanAchievement()));
        });
    }

    private static List<Object> cells(String scope, String code, String name, String planStatus,
            ActivityTally activities, IndicatorTally indicators, List<Object> quarters) {
        var cells = new ArrayList<Object>(List.of(scope));
        cells.add(code);
        cells.add(name);
        cells.add(planStatus);
        cells.addAll(List.of(activities.total(), activities.notStarted(), activities.inProgress(),
                activities.completed(), activities.postponed(), activities.cancelled(), indicators.indicators(),
                indicators.reached()));
        cells.add(indicators.meanAchievement());
        cells.addAll(quarters);
        return cells;
    }

    /** The reports of a quarter as one cell, e.g. "accepted: 3; overdue: 1". */
    private String quarterSummary(QuarterTally tally, Locale locale) {
        var parts = new ArrayList<String>();
        long[] counts = { tally.missing(), tally.draft(), tally.submitted(), tally.accepted(), tally.returned(),
                tally.overdue() };
        var states = ReportState.values();
        for (int index = 0; index < states.length; index++) {
            if (counts[index] > 0) {
                parts.add(labels.of(locale, "report", states[index]) + ": " + counts[index]);
            }
        }
        return String.join("; ", parts);
    }
}
