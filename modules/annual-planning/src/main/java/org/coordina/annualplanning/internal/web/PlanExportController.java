package org.coordina.annualplanning.internal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coordina.annualplanning.internal.Localized;
import org.coordina.annualplanning.internal.PlanExports;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.web.DownloadTable;
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
 * Downloads of a plan ({@code …/plans/{owner}.csv|.xlsx}) and of a quarterly report
 * ({@code …/plans/{owner}/quarters/{quarter}.csv|.xlsx}), for those who may read the plan.
 */
@RestController
@RequestMapping("/api/v1/planning-cycles/{year}/plans")
class PlanExportController {

    private final PlanExports exports;

    private final ExportLabels labels;

    PlanExportController(PlanExports exports, ExportLabels labels) {
        this.exports = exports;
        this.labels = labels;
    }

    // Literal suffixes, not a {format} variable: a second variable would make the plan's JSON mapping
    // (/{owner}) the more specific pattern, and "VAR.csv" would reach it as an owner.
    @GetMapping({ "/{owner}.csv", "/{owner}.xlsx" })
    @PreAuthorize("@planAccess.canRead(#owner)")
    void plan(@PathVariable int year, @PathVariable Party owner, HttpServletRequest request,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            HttpServletResponse response) throws IOException {
        exports.requirePlan(year, owner);
        var locale = ExportLabels.language(acceptLanguage);
        ExportResponse.send(response, ExportFormat.of(suffix(request)), "plan-" + year + "-" + owner, owner + " " + year,
                table -> {
                    table.row(labels.headers(locale, "section", "title", "responsible", "partners", "financingSource",
                            "financingAmount", "financingCurrency", "startsOn", "deadline", "plannedQuarters",
                            "indicators", "status"));
                    exports.planActivities(year, owner, line -> write(table,
                            section(line.sectionCode(), line.section(), locale), text(line.title(), locale), line.responsible(),
                            line.partners(), line.financingSource(), line.financingAmount(), line.financingCurrency(),
                            line.startsOn(), line.deadline(), line.plannedQuarters(), text(line.indicators(), locale),
                            labels.of(locale, "status", line.status())));
                });
    }

    @GetMapping({ "/{owner}/quarters/{quarter}.csv", "/{owner}/quarters/{quarter}.xlsx" })
    @PreAuthorize("@planAccess.canRead(#owner)")
    void report(@PathVariable int year, @PathVariable Party owner, @PathVariable int quarter,
            HttpServletRequest request,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            HttpServletResponse response) throws IOException {
        exports.requireReport(year, owner, quarter);
        var locale = ExportLabels.language(acceptLanguage);
        ExportResponse.send(response, ExportFormat.of(suffix(request)), "report-" + year + "-" + owner + "-Q" + quarter,
                owner + " " + year + " Q" + quarter, table -> {
                    table.row(labels.headers(locale, "section", "title", "status", "narrative", "peopleReached",
                            "indicatorValues"));
                    exports.reportActivities(year, owner, quarter, line -> write(table,
                            section(line.sectionCode(), line.section(), locale), text(line.title(), locale),
                            labels.of(locale, "status", line.status()), line.narrative(), line.peopleReached(),
                            text(line.indicatorValues(), locale)));
                });
    }

    /** The format the URL asks for: its suffix, {@code csv} or {@code xlsx}. */
    private static String suffix(HttpServletRequest request) {
        var uri = request.getRequestURI();
        return uri.substring(uri.lastIndexOf('.') + 1);
    }

    /** Writes a row from inside a row callback, which cannot throw checked exceptions. */
    static void write(DownloadTable table, Object... cells) {
        try {
            table.row(Arrays.asList(cells));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A section's code and title in one cell, e.g. "II Превенция". */
    static String section(String code, Localized title, Locale locale) {
        return title == null ? code : code + " " + title.in(locale);
    }

    static String text(Localized text, Locale locale) {
        return text == null ? null : text.in(locale);
    }
}
