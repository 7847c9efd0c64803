package org.coordina.annualplanning.internal.web;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coordina.annualplanning.internal.CycleDirectory;
import org.coordina.annualplanning.internal.ProgressQuery;
import org.coordina.sharedkernel.pages.NavigationContributor;
import org.coordina.sharedkernel.pages.NavigationItem;
import org.coordina.sharedkernel.pages.PageController;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.web.ExportFormat;
import org.coordina.sharedkernel.web.ExportResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The national progress page of a cycle, for national staff and the auditor (the rules of
 * {@code /api/v1/planning-cycles/{year}/progress}): a bar chart per programme section drawn on the server as SVG,
 * the table behind it, every plan with its activities and the state of its four reports, and the roll-up as CSV or
 * XLSX in the page's language. The role check is on each handler, not the class, so that the navigation can ask
 * every user's entries of this bean.
 */
@PageController
@RequestMapping("/planning")
class ProgressPages implements NavigationContributor {

    private final ProgressQuery progress;

    private final CycleDirectory cycles;

    private final ProgressTable table;

    ProgressPages(ProgressQuery progress, CycleDirectory cycles, ProgressTable table) {
        this.progress = progress;
        this.cycles = cycles;
        this.table = table;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("annualplanning.page.progress.nav", "/planning/progress", 24,
                EnumSet.of(Role.NATIONAL_ADMIN, Role.NATIONAL_EXPERT, Role.AUDITOR)).inSection(CyclePages.SECTION)
                .alsoCurrentOn("/planning/*/progress"));
    }

    /** The newest open cycle's progress (or the newest cycle's). */
    @GetMapping("/progress")
    @PreAuthorize("@planAccess.canReadAll()")
    String newest() {
        return ReportPages.newestCycle(cycles).map(cycle -> "redirect:/planning/" + cycle.year() + "/progress")
                .orElse("annualplanning/report-none");
    }

    @GetMapping("/{year}/progress")
    @PreAuthorize("@planAccess.canReadAll()")
    String progress(@PathVariable int year, Model model) {
        var cycle = progress.of(year);
        model.addAttribute("cycle", cycle);
        model.addAttribute("chart", ProgressChart.of(cycle.sections()));
        return "annualplanning/progress";
    }

    // Literal suffixes beside the page's own path, as the API's downloads.
    @GetMapping({ "/{year}/progress.csv", "/{year}/progress.xlsx" })
    @PreAuthorize("@planAccess.canReadAll()")
    void download(@PathVariable int year, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var cycle = progress.of(year);
        var locale = ExportLabels.language(LocaleContextHolder.getLocale().toLanguageTag());
        var uri = request.getRequestURI();
        ExportResponse.send(response, ExportFormat.of(uri.substring(uri.lastIndexOf('.') + 1)), "progress-" + year,
                String.valueOf(year), rows -> table.write(rows, cycle, locale));
    }
}
