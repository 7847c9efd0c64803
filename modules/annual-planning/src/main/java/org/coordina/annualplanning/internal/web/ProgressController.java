package org.coordina.annualplanning.internal.web;

import static org.coordina.annualplanning.internal.web.PlanExportController.section;
import static org.coordina.annualplanning.internal.web.PlanExportController.text;
import static org.coordina.annualplanning.internal.web.PlanExportController.write;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.coordina.annualplanning.internal.PlanExports;
import org.coordina.annualplanning.internal.ProgressQuery;
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

    private final ProgressQuery progress;

    private final PlanExports exports;

    private final ExportLabels labels;

    private final ProgressTable progressTable;

    ProgressController(ProgressQuery progress, PlanExports exports, ExportLabels labels, ProgressTable progressTable) {
        this.progress = progress;
        this.exports = exports;
        this.labels = labels;
        this.progressTable = progressTable;
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
        ExportResponse.send(response, ExportFormat.of(format), "progress-" + year, String.valueOf(year),
                table -> progressTable.write(table, cycle, locale));
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
}
