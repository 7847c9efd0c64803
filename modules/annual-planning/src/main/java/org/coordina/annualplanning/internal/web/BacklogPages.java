package org.coordina.annualplanning.internal.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.annualplanning.internal.Backlog;
import org.coordina.annualplanning.internal.PlanningCycles;
import org.coordina.annualplanning.internal.ProposalList;
import org.coordina.annualplanning.internal.ProposalStatus;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.pages.FormBinding;
import org.coordina.sharedkernel.pages.PageController;
import org.coordina.sharedkernel.web.SortableBy;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * An owner's backlog of proposals for a year (a meeting's action items, activities carried over), the same rules as
 * its API: those who read the plan read it, those who change the plan adopt a proposal into it (in a section of the
 * year's programme) or decline it with a reason. Each answer carries the proposal's version; a stale one shows the
 * current backlog.
 */
@PageController
@RequestMapping("/planning/{year}/plans/{owner}/backlog")
class BacklogPages {

    private static final String BACKLOG_PAGE = "annualplanning/backlog";

    private final Backlog backlog;

    private final ProposalList proposals;

    private final PlanningCycles cycles;

    private final PlanAccess access;

    BacklogPages(Backlog backlog, ProposalList proposals, PlanningCycles cycles, PlanAccess access) {
        this.backlog = backlog;
        this.proposals = proposals;
        this.cycles = cycles;
        this.access = access;
    }

    /** Blank form fields are absent values, as a missing JSON property is for the API. */
    @InitBinder
    void blanksAreAbsent(WebDataBinder binder) {
        FormBinding.blanksAreAbsent(binder);
    }

    @GetMapping
    @PreAuthorize("@planAccess.canRead(#owner)")
    String list(@PathVariable int year, @PathVariable Party owner,
            @RequestParam(required = false) ProposalStatus status,
            @SortableBy({ "title", "titleBg", "section", "status" }) @PageableDefault(size = 50) Pageable pageable,
            @RequestParam(required = false) String sort, Model model) {
        model.addAttribute("sort", sort);
        model.addAttribute("status", status);
        return backlogPage(year, owner, status, pageable, model);
    }

    @PostMapping("/{id}/adopt")
    @PreAuthorize("@planAccess.canWrite(#owner)")
    String adopt(@PathVariable int year, @PathVariable Party owner, @PathVariable UUID id,
            @RequestParam long version, @RequestParam(required = false) String sectionCode, Model model) {
        try {
            backlog.adopt(year, owner, id, version, sectionCode == null || sectionCode.isBlank() ? null : sectionCode);
            return "redirect:/planning/" + year + "/plans/" + owner.value() + "/backlog?adopted";
        }
        catch (OptimisticLockingFailureException stale) {
            model.addAttribute("stale", true);
        }
        catch (DomainProblem refused) {
            model.addAttribute("refusal", refused);
        }
        return backlogPage(year, owner, null, null, model);
    }

    @PostMapping("/{id}/decline")
    @PreAuthorize("@planAccess.canWrite(#owner)")
    String decline(@PathVariable int year, @PathVariable Party owner, @PathVariable UUID id,
            @Valid @ModelAttribute("declineForm") DeclineForm form, BindingResult errors, Model model) {
        form = FormBinding.orShown(form, errors, model, () -> new DeclineForm(null, 0));
        model.addAttribute("declining", id);
        if (!errors.hasErrors()) {
            try {
                backlog.decline(year, owner, id, form.version(), form.reason());
                return "redirect:/planning/" + year + "/plans/" + owner.value() + "/backlog?declined";
            }
            catch (OptimisticLockingFailureException stale) {
                model.addAttribute("stale", true);
                model.asMap().remove("declining");
            }
            catch (DomainProblem refused) {
                errors.reject(refused.messageCode(), refused.arguments(), refused.messageCode());
            }
        }
        return backlogPage(year, owner, null, null, model);
    }

    private String backlogPage(int year, Party owner, ProposalStatus status, Pageable pageable, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("owner", owner);
        model.addAttribute("cycle", cycles.exists(year) ? cycles.find(year) : null);
        model.addAttribute("page", proposals.page(year, owner, status,
                pageable != null ? pageable : PageRequest.of(0, 50, Sort.by("status"))));
        model.addAttribute("canDecide", access.canWrite(owner));
        model.addAttribute("statuses", ProposalStatus.values());
        if (!model.containsAttribute("declineForm")) {
            model.addAttribute("declineForm", new DeclineForm(null, 0));
        }
        return BACKLOG_PAGE;
    }
}
