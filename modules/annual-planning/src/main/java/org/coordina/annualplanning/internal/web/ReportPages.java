package org.coordina.annualplanning.internal.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.annualplanning.internal.ActivityProgressReporting;
import org.coordina.annualplanning.internal.CycleDirectory;
import org.coordina.annualplanning.internal.CycleEntry;
import org.coordina.annualplanning.internal.CycleStatus;
import org.coordina.annualplanning.internal.PlanDirectory;
import org.coordina.annualplanning.internal.QuarterlyReport;
import org.coordina.annualplanning.internal.QuarterlyReports;
import org.coordina.annualplanning.internal.ReportRowEntry;
import org.coordina.annualplanning.internal.ReportRowsQuery;
import org.coordina.annualplanning.internal.ReportStatus;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.pages.FormBinding;
import org.coordina.sharedkernel.pages.NavigationContributor;
import org.coordina.sharedkernel.pages.NavigationItem;
import org.coordina.sharedkernel.pages.PageController;
import org.coordina.sharedkernel.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The quarterly report pages, with the rules of {@code /api/v1/planning-cycles/{year}/plans/{owner}/quarters}: a
 * plan's four reports, and a report as a form of one row per activity (status, narrative, people reached, indicator
 * values), each row saved on its own (with htmx in place, or as a plain form post) against the version it was read
 * at; those who write the plan submit it, the national administrator accepts or returns it with reasons. The plan
 * scope ({@link ReportPagesConfiguration}) refuses a foreign plan before any form is read.
 */
@PageController
@RequestMapping("/planning")
class ReportPages implements NavigationContributor {

    static final String REPORT = "annualplanning/report";

    private static final String HTMX = "HX-Request";

    private final QuarterlyReports reports;

    private final ActivityProgressReporting progress;

    private final ReportRowsQuery rows;

    private final CycleDirectory cycles;

    private final PlanDirectory plans;

    private final PlanAccess access;

    private final MessageSource messages;

    ReportPages(QuarterlyReports reports, ActivityProgressReporting progress, ReportRowsQuery rows,
            CycleDirectory cycles, PlanDirectory plans, PlanAccess access, MessageSource messages) {
        this.reports = reports;
        this.progress = progress;
        this.rows = rows;
        this.cycles = cycles;
        this.plans = plans;
        this.access = access;
        this.messages = messages;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("annualplanning.page.report.nav", "/planning/reports", 22,
                EnumSet.of(Role.LOCAL_SECRETARY, Role.LOCAL_MEMBER)).inSection(CyclePages.SECTION)
                .alsoCurrentOn("/planning/*/plans/*/quarters/**"));
    }

    /** Blank form fields are absent values, as a missing JSON property is for the API. */
    @InitBinder({ "progress", "returnForm", "action" })
    void blanksAreAbsent(WebDataBinder binder) {
        FormBinding.blanksAreAbsent(binder);
    }

    /** A local user's reports of the newest open cycle (or the newest cycle); national staff go to the roll-up. */
    @GetMapping("/reports")
    String ownReports(Model model) {
        var commission = access.ownCommission();
        var cycle = newestCycle(cycles);
        if (cycle.isEmpty()) {
            return "annualplanning/report-none";
        }
        return commission.map(code -> "redirect:/planning/" + cycle.get().year() + "/plans/" + code + "/quarters")
                .orElse("redirect:/planning/" + cycle.get().year() + "/progress");
    }

    @GetMapping("/{year}/plans/{owner}/quarters")
    @PreAuthorize("@planAccess.canRead(#owner)")
    String quarters(@PathVariable int year, @PathVariable Party owner, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("owner", owner);
        model.addAttribute("ownerName", ownerName(year, owner));
        model.addAttribute("reports", reports.of(year, owner));
        model.addAttribute("today", reports.today());
        return "annualplanning/report-list";
    }

    @GetMapping("/{year}/plans/{owner}/quarters/{q}")
    @PreAuthorize("@planAccess.canRead(#owner)")
    String report(@PathVariable int year, @PathVariable Party owner, @PathVariable ReportQuarter q, Model model) {
        var report = reports.find(year, owner, q.value());
        return reportPage(report, Optional.empty(), model);
    }

    /**
     * Saves one activity's row against the version it was read at. With htmx the answer is the row alone (saved,
     * with its problems, or with the values someone else saved meanwhile); without, a redirect back to the report
     * or the whole page again. Nothing is written when the row has a problem or is stale.
     */
    @PostMapping("/{year}/plans/{owner}/quarters/{q}/activities/{activityId}")
    @PreAuthorize("@planAccess.canWrite(#owner)")
    String saveRow(@PathVariable int year, @PathVariable Party owner, @PathVariable ReportQuarter q,
            @PathVariable UUID activityId, @Valid @ModelAttribute("progress") ReportRowForm form, BindingResult errors,
            @RequestParam MultiValueMap<String, String> fields,
            @RequestHeader(name = HTMX, required = false) String htmx, Model model) {
        var report = reports.find(year, owner, q.value());
        var entry = rowOf(report, activityId);
        var input = new ReportRowInput(entry, form, fields.toSingleValueMap(), messages, LocaleContextHolder.getLocale());
        var details = input.read(errors);
        ReportRowView row;
        if (details == null) {
            row = input.asPosted();
        } else {
            try {
                progress.report(year, owner, q.value(), activityId, form.version(), details);
                if (htmx == null) {
                    return "redirect:/planning/" + year + "/plans/" + owner.value() + "/quarters/" + q.value()
                            + "?saved=" + activityId + "#activity-" + activityId;
                }
                row = ReportRowView.of(rowOf(report, activityId), true, false);
            } catch (OptimisticLockingFailureException stale) {
                row = ReportRowView.of(rowOf(report, activityId), false, true);
            } catch (DomainProblem refused) {
                input.refused(messages.getMessage(refused.messageCode(), refused.arguments(), refused.messageCode(),
                        LocaleContextHolder.getLocale()));
                row = input.asPosted();
            }
        }
        if (htmx != null) {
            addReport(report, model);
            model.addAttribute("row", row);
            model.addAttribute("focus", true);
            return REPORT + " :: row";
        }
        return reportPage(report, Optional.of(row), model);
    }

    @PostMapping("/{year}/plans/{owner}/quarters/{q}/submit")
    @PreAuthorize("@planAccess.canWrite(#owner)")
    String submit(@PathVariable int year, @PathVariable Party owner, @PathVariable ReportQuarter q,
            @ModelAttribute("action") ReportActionForm form, BindingResult errors, Model model) {
        return change(year, owner, q, form.version(), "submitted", model,
                version -> reports.submit(year, owner, q.value(), version));
    }

    @PostMapping("/{year}/plans/{owner}/quarters/{q}/accept")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String accept(@PathVariable int year, @PathVariable Party owner, @PathVariable ReportQuarter q,
            @ModelAttribute("action") ReportActionForm form, BindingResult errors, Model model) {
        return change(year, owner, q, form.version(), "accepted", model,
                version -> reports.accept(year, owner, q.value(), version));
    }

    @PostMapping("/{year}/plans/{owner}/quarters/{q}/return")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String returnWith(@PathVariable int year, @PathVariable Party owner, @PathVariable ReportQuarter q,
            @Valid @ModelAttribute("returnForm") ReturnReportForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            var report = reports.find(year, owner, q.value());
            FormBinding.orShown(form, errors, model, () -> new ReturnReportForm(null, report.getVersion()));
            return reportPage(report, Optional.empty(), model);
        }
        return change(year, owner, q, form.version(), "returned", model,
                version -> reports.returnWith(year, owner, q.value(), version, form.comments()));
    }

    private interface Change {
        QuarterlyReport apply(long version);
    }

    /** A change of the report's status; a stale page shows the report as it is now, a refusal says why. */
    private String change(int year, Party owner, ReportQuarter q, Long version, String done, Model model,
            Change change) {
        try {
            if (version == null) {
                throw new OptimisticLockingFailureException("No version on the form");
            }
            change.apply(version);
            return "redirect:/planning/" + year + "/plans/" + owner.value() + "/quarters/" + q.value() + "?" + done;
        } catch (OptimisticLockingFailureException stale) {
            model.addAttribute("stale", true);
            model.asMap().remove("returnForm");
        } catch (DomainProblem refused) {
            model.addAttribute("refusal", messages.getMessage(refused.messageCode(), refused.arguments(),
                    refused.messageCode(), LocaleContextHolder.getLocale()));
        }
        return reportPage(reports.find(year, owner, q.value()), Optional.empty(), model);
    }

    private String reportPage(QuarterlyReport report, Optional<ReportRowView> posted, Model model) {
        addReport(report, model);
        var views = rows.rowsOf(report).stream()
                .map(entry -> posted.filter(row -> row.activityId().equals(entry.activityId()))
                        .orElseGet(() -> ReportRowView.of(entry, false, false)))
                .toList();
        model.addAttribute("rows", views);
        model.addAttribute("failed", posted.filter(row -> !row.problems().isEmpty() || row.stale()).orElse(null));
        model.addAttribute("statuses", ActivityStatus.values());
        if (!model.containsAttribute("returnForm")) {
            model.addAttribute("returnForm", new ReturnReportForm(null, report.getVersion()));
        }
        return REPORT;
    }

    private void addReport(QuarterlyReport report, Model model) {
        var today = reports.today();
        var owner = report.getOwner();
        var started = !today.isBefore(LocalDate.of(report.getCycleYear(), (report.getQuarter() - 1) * 3 + 1, 1));
        var cycleOpen = isOpen(report.getCycleYear());
        model.addAttribute("report", report);
        model.addAttribute("ownerName", ownerName(report.getCycleYear(), owner));
        model.addAttribute("overdue", report.isOverdue(today));
        model.addAttribute("editable", cycleOpen && started && access.canWrite(owner)
                && (report.getStatus() == ReportStatus.DRAFT || report.getStatus() == ReportStatus.RETURNED));
        model.addAttribute("reviewable", cycleOpen && access.isNationalAdmin()
                && report.getStatus() == ReportStatus.SUBMITTED);
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("basePath", "/planning/" + report.getCycleYear() + "/plans/" + owner.value() + "/quarters/"
                + report.getQuarter());
    }

    private ReportRowEntry rowOf(QuarterlyReport report, UUID activityId) {
        return rows.rowOf(report, activityId).stream().findFirst().orElseThrow(() -> DomainProblem.notFound(
                "annualplanning.activity.notFound", activityId, report.getOwner(), report.getCycleYear()));
    }

    private boolean isOpen(int year) {
        return cycles.page(PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "year"))).stream()
                .anyMatch(cycle -> cycle.year() == year && cycle.status() == CycleStatus.OPEN);
    }

    /** The plan owner's name in the reader's language (the national commission's or the local commission's). */
    private String ownerName(int year, Party owner) {
        return plans.page(year, Optional.of(owner.value()), PageRequest.of(0, 5)).stream()
                .filter(plan -> plan.owner().equals(owner)).findFirst()
                .map(plan -> "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? plan.ownerNameEn()
                        : plan.ownerNameBg())
                .orElse(owner.value());
    }

    /** The newest open cycle, or else the newest cycle. */
    static Optional<CycleEntry> newestCycle(CycleDirectory cycles) {
        var newest = cycles.page(PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "year"))).getContent();
        return newest.stream().filter(cycle -> cycle.status() == CycleStatus.OPEN).findFirst()
                .or(() -> newest.stream().findFirst());
    }
}
