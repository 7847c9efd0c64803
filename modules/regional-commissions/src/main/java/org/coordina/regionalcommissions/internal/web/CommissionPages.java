package org.coordina.regionalcommissions.internal.web;

import java.util.EnumSet;
import java.util.List;

import jakarta.validation.Valid;
import org.coordina.regionalcommissions.internal.Commission;
import org.coordina.regionalcommissions.internal.CommissionDirectory;
import org.coordina.regionalcommissions.internal.CommissionManagement;
import org.coordina.regionalcommissions.internal.MemberRoster;
import org.coordina.regionalcommissions.internal.TrendReports;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.pages.FormBinding;
import org.coordina.sharedkernel.pages.NavigationContributor;
import org.coordina.sharedkernel.pages.NavigationItem;
import org.coordina.sharedkernel.pages.PageController;
import org.coordina.sharedkernel.security.CommissionAccess;
import org.coordina.sharedkernel.security.ReadsCommissionData;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.WritesCommissionData;
import org.coordina.sharedkernel.web.SortableBy;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The commissions' pages: the list (every signed-in user, as the API's list), a commission's details, members and
 * trend reports (those who may read its data), and the secretary's contacts, which its own secretary and the
 * national administration edit. The same scoping annotations as the API guard them before anything is read.
 */
@PageController
@RequestMapping("/commissions")
class CommissionPages implements NavigationContributor {

    private final CommissionManagement management;

    private final CommissionDirectory directory;

    private final MemberRoster roster;

    private final TrendReports reports;

    private final CommissionAccess access;

    CommissionPages(CommissionManagement management, CommissionDirectory directory, MemberRoster roster,
            TrendReports reports, CommissionAccess access) {
        this.management = management;
        this.directory = directory;
        this.roster = roster;
        this.reports = reports;
        this.access = access;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem("regionalcommissions.page.nav.commissions", "/commissions", 10,
                        EnumSet.of(Role.NATIONAL_ADMIN, Role.NATIONAL_EXPERT, Role.AUDITOR)),
                new NavigationItem("regionalcommissions.page.nav.ownCommission",
                        "/commissions/" + NavigationItem.OWN_COMMISSION, 10,
                        EnumSet.of(Role.LOCAL_SECRETARY, Role.LOCAL_MEMBER)));
    }

    /** Blank form fields are absent values, as a missing JSON property is for the API. */
    @InitBinder("secretary")
    void blanksAreAbsent(WebDataBinder binder) {
        FormBinding.blanksAreAbsent(binder);
    }

    @GetMapping
    String list(@SortableBy({ "code", "nameBg", "nameEn", "city", "status" }) @PageableDefault(sort = "code")
            Pageable pageable, @RequestParam(required = false) String sort, Model model) {
        model.addAttribute("page", directory.page(pageable));
        model.addAttribute("sort", sort == null ? "code,asc" : sort);
        return "regionalcommissions/list";
    }

    @GetMapping("/{code}")
    @ReadsCommissionData
    String show(@PathVariable CommissionCode code, Model model) {
        addCommission(management.find(code), model);
        model.addAttribute("tab", "details");
        return "regionalcommissions/commission";
    }

    @GetMapping("/{code}/members")
    @ReadsCommissionData
    String members(@PathVariable CommissionCode code,
            @SortableBy({ "name", "institution", "joinedOn", "leftOn" }) @PageableDefault(sort = "name") Pageable pageable,
            @RequestParam(required = false) String sort, Model model) {
        addCommission(management.find(code), model);
        model.addAttribute("tab", "members");
        model.addAttribute("page", roster.page(code, pageable));
        model.addAttribute("sort", sort == null ? "name,asc" : sort);
        return "regionalcommissions/members";
    }

    @GetMapping("/{code}/trend-reports")
    @ReadsCommissionData
    String trendReports(@PathVariable CommissionCode code,
            @SortableBy({ "year=periodYear", "period=periodPart", "status", "title" })
            @PageableDefault(sort = "periodYear", direction = Sort.Direction.DESC)
            Pageable pageable, @RequestParam(required = false) String sort, Model model) {
        addCommission(management.find(code), model);
        model.addAttribute("tab", "trendReports");
        model.addAttribute("page", reports.list(code, pageable));
        model.addAttribute("sort", sort == null ? "year,desc" : sort);
        return "regionalcommissions/trend-reports";
    }

    @GetMapping("/{code}/secretary")
    @WritesCommissionData(alsoAllowed = Role.NATIONAL_ADMIN)
    String editSecretary(@PathVariable CommissionCode code, Model model) {
        var commission = management.find(code);
        model.addAttribute("commission", commission);
        model.addAttribute("secretary", SecretaryForm.of(commission));
        return "regionalcommissions/secretary";
    }

    /**
     * Saves the secretary's contacts against the version the form was read at. Invalid input is shown again with
     * its errors and nothing is written; a version someone else has moved on shows their values, never overwrites.
     */
    @PostMapping("/{code}/secretary")
    @WritesCommissionData(alsoAllowed = Role.NATIONAL_ADMIN)
    String saveSecretary(@PathVariable CommissionCode code, @Valid @ModelAttribute("secretary") SecretaryForm form,
            BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            var commission = management.find(code);
            FormBinding.orShown(form, errors, model, () -> SecretaryForm.of(commission));
            model.addAttribute("commission", commission);
            return "regionalcommissions/secretary";
        }
        try {
            management.assignSecretary(code, form.version(), form.toSecretary());
            return "redirect:/commissions/" + code.value() + "?saved";
        }
        catch (OptimisticLockingFailureException stale) {
            var current = management.find(code);
            model.addAttribute("commission", current);
            model.addAttribute("secretary", SecretaryForm.of(current));
            model.addAttribute("stale", true);
            return "regionalcommissions/secretary";
        }
    }

    private void addCommission(Commission commission, Model model) {
        model.addAttribute("commission", commission);
        model.addAttribute("canEditSecretary", access.canWrite(commission.getCode(), Role.NATIONAL_ADMIN));
    }
}
