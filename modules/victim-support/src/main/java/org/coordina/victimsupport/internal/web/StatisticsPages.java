package org.coordina.victimsupport.internal.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.pages.NavigationContributor;
import org.coordina.sharedkernel.pages.NavigationItem;
import org.coordina.sharedkernel.pages.PageController;
import org.coordina.sharedkernel.security.CommissionAccess;
import org.coordina.sharedkernel.security.ReadsCommissionData;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.WritesCommissionData;
import org.coordina.sharedkernel.web.SortableBy;
import org.coordina.victimsupport.internal.DisclosureControl;
import org.coordina.victimsupport.internal.MarginCheck;
import org.coordina.victimsupport.internal.StatisticsDirectory;
import org.coordina.victimsupport.internal.StatisticsStatus;
import org.coordina.victimsupport.internal.StatisticsSubmissions;
import org.coordina.victimsupport.internal.Tabulation;
import org.coordina.victimsupport.internal.VictimStatistics;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The quarterly victim statistics as pages, with the API's rules: a commission's secretary enters a quarter as a
 * grid per tabulation (the margins and the tables' disagreements checked by the module as the counts are typed,
 * htmx posting the grid on each change, or a plain post without JavaScript), saves it as a draft and submits it;
 * the national admin and experts read the counts raw and accept submitted ones; everyone else who may read the
 * commission sees them protected.
 */
@PageController
@RequestMapping("/victim-support/statistics")
class StatisticsPages implements NavigationContributor {

    /** The navigation section of victim support's pages. */
    static final String SECTION = "victimsupport.page.nav.section";

    private static final String PAGE = "victimsupport/statistics";

    private final StatisticsSubmissions submissions;

    private final StatisticsDirectory directory;

    private final DisclosureControl disclosure;

    private final VictimSupportAccess access;

    private final CommissionAccess commissions;

    private final MessageSource messages;

    StatisticsPages(StatisticsSubmissions submissions, StatisticsDirectory directory, DisclosureControl disclosure,
            VictimSupportAccess access, CommissionAccess commissions, MessageSource messages) {
        this.submissions = submissions;
        this.directory = directory;
        this.disclosure = disclosure;
        this.access = access;
        this.commissions = commissions;
        this.messages = messages;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem("victimsupport.page.nav.statistics", "/victim-support/statistics", 51,
                        EnumSet.of(Role.NATIONAL_ADMIN, Role.NATIONAL_EXPERT, Role.AUDITOR)).inSection(SECTION),
                new NavigationItem("victimsupport.page.nav.statistics",
                        "/victim-support/statistics/" + NavigationItem.OWN_COMMISSION, 51,
                        EnumSet.of(Role.LOCAL_SECRETARY, Role.LOCAL_MEMBER)).inSection(SECTION));
    }

    @GetMapping
    @PreAuthorize("@victimSupportAccess.canReadAll()")
    String all(@RequestParam(required = false) StatisticsStatus status,
            @SortableBy({ "commission", "year", "quarter", "status" }) @PageableDefault(size = 20) Pageable pageable,
            @RequestParam(required = false) String sort, Model model) {
        model.addAttribute("page", directory.page(null, status, pageable));
        model.addAttribute("sort", sort);
        model.addAttribute("status", status);
        model.addAttribute("statuses", StatisticsStatus.values());
        return "victimsupport/submissions";
    }

    @GetMapping("/{code}")
    @ReadsCommissionData
    String commission(@PathVariable CommissionCode code,
            @SortableBy({ "year", "quarter", "status" }) @PageableDefault(size = 20) Pageable pageable,
            @RequestParam(required = false) String sort, Model model) {
        model.addAttribute("code", code.value());
        model.addAttribute("page", directory.page(code, null, pageable));
        model.addAttribute("sort", sort);
        model.addAttribute("canEnter", commissions.canWrite(code));
        return "victimsupport/commission-statistics";
    }

    /** The "open a quarter" form of the commission's page, as a plain GET without JavaScript. */
    @GetMapping("/{code}/open")
    @ReadsCommissionData
    String open(@PathVariable CommissionCode code, @RequestParam int year, @RequestParam int quarter) {
        requirePeriod(year, quarter);
        return "redirect:/victim-support/statistics/" + code.value() + "/" + year + "/" + quarter;
    }

    @GetMapping("/{code}/{year}/{q}")
    @ReadsCommissionData
    String show(@PathVariable CommissionCode code, @PathVariable int year, @PathVariable int q, Model model) {
        requirePeriod(year, q);
        var statistics = existing(code, year, q);
        var grid = statistics == null ? StatisticsGrid.empty() : StatisticsGrid.of(statistics.table());
        return page(code, year, q, statistics, grid, List.of(), model);
    }

    /** The margins of the grid as posted: the fragment for htmx, the whole page for a plain post. */
    @PostMapping("/{code}/{year}/{q}/check")
    @WritesCommissionData
    String check(@PathVariable CommissionCode code, @PathVariable int year, @PathVariable int q,
            @RequestParam Map<String, String> parameters,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        requirePeriod(year, q);
        var grid = StatisticsGrid.entered(parameters);
        if (htmx != null) {
            addCheck(grid, List.of(), model);
            return PAGE + " :: margins";
        }
        var statistics = existing(code, year, q);
        model.addAttribute("version", parameters.get("version"));
        return page(code, year, q, statistics, grid, List.of(), model);
    }

    /**
     * Saves the grid as a draft (the first save drafts, later ones replace, against the version read) and, when
     * asked, submits it. Counts that are not numbers or do not agree are shown with their errors; nothing is written.
     */
    @PostMapping("/{code}/{year}/{q}")
    @WritesCommissionData
    String save(@PathVariable CommissionCode code, @PathVariable int year, @PathVariable int q,
            @RequestParam Map<String, String> parameters, @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "save") String action, Model model) {
        requirePeriod(year, q);
        var grid = StatisticsGrid.entered(parameters);
        var statistics = existing(code, year, q);
        if (grid.hasErrors()) {
            model.addAttribute("version", version);
            return page(code, year, q, statistics, grid, List.of(), model);
        }
        try {
            var table = grid.table();
            VictimStatistics saved;
            if (statistics == null && version == null) {
                saved = submissions.draft(code, year, q, table);
            }
            else {
                saved = submissions.replace(code, year, q, version == null ? -1 : version, table);
            }
            if ("submit".equals(action)) {
                submissions.submit(code, year, q, saved.getVersion());
                return redirect(code, year, q, "submitted");
            }
            return redirect(code, year, q, "saved");
        }
        catch (OptimisticLockingFailureException stale) {
            var current = existing(code, year, q);
            model.addAttribute("stale", true);
            return page(code, year, q, current, current == null ? grid : StatisticsGrid.of(current.table()),
                    List.of(), model);
        }
        catch (DomainProblem refused) {
            model.addAttribute("version", version);
            return page(code, year, q, statistics, grid, List.of(text(refused.messageCode(), refused.arguments())),
                    model);
        }
    }

    @PostMapping("/{code}/{year}/{q}/accept")
    @PreAuthorize("@victimSupportAccess.isNational()")
    String accept(@PathVariable CommissionCode code, @PathVariable int year, @PathVariable int q,
            @RequestParam long version) {
        submissions.accept(code, year, q, version);
        return redirect(code, year, q, "accepted");
    }

    private String page(CommissionCode code, int year, int q, VictimStatistics statistics, StatisticsGrid grid,
            List<String> problems, Model model) {
        var status = statistics == null ? null : statistics.getStatus();
        var editable = (status == null || status == StatisticsStatus.DRAFT) && commissions.canWrite(code);
        model.addAttribute("code", code.value());
        model.addAttribute("year", year);
        model.addAttribute("quarter", q);
        model.addAttribute("statistics", statistics);
        model.addAttribute("editable", editable);
        model.addAttribute("problems", problems);
        model.addAttribute("canAccept", status == StatisticsStatus.SUBMITTED && access.isNational());
        if (!model.containsAttribute("version")) {
            model.addAttribute("version", statistics == null ? null : statistics.getVersion());
        }
        if (editable) {
            model.addAttribute("grid", grid);
            model.addAttribute("fieldErrors", fieldErrors(grid));
            addCheck(grid, problems, model);
        }
        else if (statistics != null) {
            var raw = access.seesRaw();
            model.addAttribute("raw", raw);
            model.addAttribute("tables",
                    ShownTable.of(raw ? disclosure.raw(statistics.table()) : disclosure.protect(statistics.table())));
            model.addAttribute("minimumCellSize", disclosure.minimumCellSize());
        }
        return PAGE;
    }

    private void addCheck(StatisticsGrid grid, List<String> problems, Model model) {
        MarginCheck check = grid.check();
        var disagreements = new ArrayList<>(problems);
        check.disagreements().forEach(disagreement -> {
            var text = text(disagreement.code(), disagreement.arguments());
            if (!disagreements.contains(text)) {
                disagreements.add(text);
            }
        });
        model.addAttribute("check", check);
        model.addAttribute("disagreements", disagreements);
        model.addAttribute("tabulations", Tabulation.values());
        model.addAttribute("checkedGrid", grid);
    }

    private Map<String, String> fieldErrors(StatisticsGrid grid) {
        var errors = new java.util.LinkedHashMap<String, String>();
        grid.errors().forEach((field, code) -> errors.put(field, text(code, new Object[] { StatisticsGrid.MAXIMUM })));
        return errors;
    }

    /** The module's message, its tabulations, dimensions and values named as the page names them. */
    private String text(String code, Object[] arguments) {
        var locale = LocaleContextHolder.getLocale();
        var named = new Object[arguments.length];
        for (var i = 0; i < arguments.length; i++) {
            var argument = arguments[i];
            String key = null;
            if (argument instanceof Tabulation tabulation) {
                key = "victimsupport.page.tabulation." + tabulation.name();
            }
            else if (argument instanceof Enum<?> dimension && i == 0) {
                key = "victimsupport.page.dimension." + dimension.name();
            }
            else if (argument instanceof String value && i == 1) {
                key = "victimsupport.page.value." + value;
            }
            named[i] = key == null ? argument : messages.getMessage(key, null, String.valueOf(argument), locale);
        }
        return messages.getMessage(code, named, code, locale);
    }

    private VictimStatistics existing(CommissionCode code, int year, int q) {
        return directory.exists(code, year, q) ? submissions.find(code, year, q) : null;
    }

    private static void requirePeriod(int year, int quarter) {
        if (year < 2000 || year > 2100 || quarter < 1 || quarter > 4) {
            throw DomainProblem.notFound("victimsupport.statistics.period", year, quarter);
        }
    }

    private static String redirect(CommissionCode code, int year, int q, String outcome) {
        return "redirect:/victim-support/statistics/" + code.value() + "/" + year + "/" + q + "?" + outcome;
    }
}
