package org.coordina.annualplanning.internal.web;

import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.coordina.annualplanning.internal.ActivityDirectory;
import org.coordina.annualplanning.internal.ActivityEntry;
import org.coordina.annualplanning.internal.ActivityPlanning;
import org.coordina.annualplanning.internal.CycleStatus;
import org.coordina.annualplanning.internal.IndicatorKind;
import org.coordina.annualplanning.internal.Plan;
import org.coordina.annualplanning.internal.PlanDirectory;
import org.coordina.annualplanning.internal.PlanStatus;
import org.coordina.annualplanning.internal.PlanningCycles;
import org.coordina.annualplanning.internal.Plans;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A plan's page, the same rules as the plan and activity API ({@link PlanAccess}, checked by the plan scope before
 * a form is read): its activities as a table by programme section, which the plan's owner adds to, edits in place and
 * removes from while the plan is a draft or returned, and submits; the national administration returns it with
 * reasons or approves it. An activity's form ({@link ActivityForm}) edits all that the activity API takes, its
 * indicators as rows that its buttons add and remove. With htmx (the {@code HX-Request} header) adding and editing a row answer the table alone;
 * without it every form is a plain post that redirects back. The page carries the versions it was read at; a stale
 * save shows the current values, never overwrites.
 */
@PageController
@RequestMapping("/planning/{year}/plans/{owner}")
class PlanPages {

    static final String PLAN_PAGE = "annualplanning/plan";

    static final String ACTIVITIES = PLAN_PAGE + " :: activities";

    /** A plan has about fifty activities: one page of a hundred shows a whole plan, pages beyond are linked. */
    private static final int ROWS = 100;

    private final Plans plans;

    private final PlanDirectory directory;

    private final PlanningCycles cycles;

    private final ActivityPlanning planning;

    private final ActivityDirectory activities;

    private final PlanAccess access;

    PlanPages(Plans plans, PlanDirectory directory, PlanningCycles cycles, ActivityPlanning planning,
            ActivityDirectory activities, PlanAccess access) {
        this.plans = plans;
        this.directory = directory;
        this.cycles = cycles;
        this.planning = planning;
        this.activities = activities;
        this.access = access;
    }

    /** Blank form fields are absent values, as a missing JSON property is for the API. */
    @InitBinder
    void blanksAreAbsent(WebDataBinder binder) {
        FormBinding.blanksAreAbsent(binder);
    }

    @GetMapping
    @PreAuthorize("@planAccess.canRead(#owner)")
    String show(@PathVariable int year, @PathVariable Party owner,
            @SortableBy({ "section=sectionCode", "titleBg", "titleEn" }) @PageableDefault(sort = "section", size = ROWS)
            Pageable pageable, Model model) {
        return planPage(year, owner, pageable, model);
    }

    /**
     * Adds a row: the table alone answers an htmx request, with the form's errors when it has any. The form's "add
     * another indicator" and "remove" buttons post here too and answer the form with its rows changed, saving nothing.
     */
    @PostMapping("/activities")
    @PreAuthorize("@planAccess.canWrite(#owner)")
    String add(@PathVariable int year, @PathVariable Party owner,
            @Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult errors,
            @RequestParam(required = false) String addIndicator, @RequestParam(required = false) Integer removeIndicator,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        if (changesRows(form, "activityForm", addIndicator, removeIndicator, model)) {
            return answer(year, owner, htmx, model);
        }
        if (!errors.hasErrors()) {
            try {
                var details = form.toNewDetails(errors);
                if (details != null) {
                    planning.add(year, owner, details);
                    if (htmx == null) {
                        return redirect(year, owner, "added");
                    }
                    model.addAttribute("activityForm", ActivityForm.empty());
                    model.addAttribute("added", true);
                }
            }
            catch (DomainProblem refused) {
                form.reject(refused, errors);
            }
        }
        return answer(year, owner, htmx, model);
    }

    /** The row as a form in place (the whole page without htmx, which then works without JavaScript). */
    @GetMapping("/activities/{id}/edit")
    @PreAuthorize("@planAccess.canWrite(#owner)")
    String edit(@PathVariable int year, @PathVariable Party owner, @PathVariable UUID id,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("editing", id);
        model.addAttribute("editForm", ActivityForm.of(planning.find(year, owner, id)));
        return answer(year, owner, htmx, model);
    }

    /** Saves the row's form (or, with its "add another indicator" and "remove" buttons, answers it with its rows changed). */
    @PostMapping("/activities/{id}")
    @PreAuthorize("@planAccess.canWrite(#owner)")
    String revise(@PathVariable int year, @PathVariable Party owner, @PathVariable UUID id,
            @Valid @ModelAttribute("editForm") ActivityForm form, BindingResult errors,
            @RequestParam(required = false) String addIndicator, @RequestParam(required = false) Integer removeIndicator,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        form = FormBinding.orShown(form, errors, model, () -> ActivityForm.of(planning.find(year, owner, id)));
        model.addAttribute("editing", id);
        if (changesRows(form, "editForm", addIndicator, removeIndicator, model)) {
            return answer(year, owner, htmx, model);
        }
        if (!errors.hasErrors()) {
            try {
                var activity = planning.find(year, owner, id);
                var details = form.revise(activity, errors);
                if (details != null) {
                    planning.revise(year, owner, id, form.version(), details);
                    if (htmx == null) {
                        return redirect(year, owner, "saved");
                    }
                    model.asMap().remove("editing");
                    model.addAttribute("saved", true);
                }
            }
            catch (OptimisticLockingFailureException stale) {
                model.addAttribute("stale", true);
                model.addAttribute("editForm", ActivityForm.of(planning.find(year, owner, id)));
            }
            catch (DomainProblem refused) {
                form.reject(refused, errors);
            }
        }
        return answer(year, owner, htmx, model);
    }

    @PostMapping("/activities/{id}/remove")
    @PreAuthorize("@planAccess.canWrite(#owner)")
    String remove(@PathVariable int year, @PathVariable Party owner, @PathVariable UUID id,
            @RequestParam long version, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        try {
            planning.remove(year, owner, id, version);
            if (htmx == null) {
                return redirect(year, owner, "removed");
            }
            model.addAttribute("removed", true);
        }
        catch (OptimisticLockingFailureException stale) {
            model.addAttribute("stale", true);
        }
        catch (DomainProblem refused) {
            model.addAttribute("refusal", refused);
        }
        return answer(year, owner, htmx, model);
    }

    @PostMapping("/submit")
    @PreAuthorize("@planAccess.canWrite(#owner)")
    String submit(@PathVariable int year, @PathVariable Party owner, @RequestParam long version, Model model) {
        return transition(year, owner, model, "submitted", () -> plans.submit(year, owner, version));
    }

    @PostMapping("/return")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String returnWith(@PathVariable int year, @PathVariable Party owner,
            @Valid @ModelAttribute("returnForm") ReturnForm form, BindingResult errors, Model model) {
        FormBinding.orShown(form, errors, model, () -> new ReturnForm(null, plans.find(year, owner).getVersion()));
        if (errors.hasErrors()) {
            return planPage(year, owner, null, model);
        }
        return transition(year, owner, model, "returned", () -> plans.returnWith(year, owner, form.version(),
                form.reasons()));
    }

    @PostMapping("/approve")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String approve(@PathVariable int year, @PathVariable Party owner, @RequestParam long version, Model model) {
        return transition(year, owner, model, "approved", () -> plans.approve(year, owner, version));
    }

    private String transition(int year, Party owner, Model model, String done, Supplier<Plan> change) {
        try {
            change.get();
            return redirect(year, owner, done);
        }
        catch (OptimisticLockingFailureException stale) {
            model.addAttribute("stale", true);
            model.asMap().remove("returnForm");
        }
        catch (DomainProblem refused) {
            model.addAttribute("refusal", refused);
        }
        return planPage(year, owner, null, model);
    }

    /**
     * Adds an empty indicator row to the form or removes one, when one of those buttons was pressed: the form is
     * answered again as it was typed, with no errors, and nothing is saved.
     */
    private static boolean changesRows(ActivityForm form, String name, String addIndicator, Integer removeIndicator,
            Model model) {
        if (form == null || addIndicator == null && removeIndicator == null) {
            return false;
        }
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + name);
        model.addAttribute(name, addIndicator != null ? form.withIndicatorAdded()
                : form.withIndicatorRemoved(removeIndicator));
        return true;
    }

    private String answer(int year, Party owner, String htmx, Model model) {
        var page = planPage(year, owner, null, model);
        return htmx == null ? page : ACTIVITIES;
    }

    private String planPage(int year, Party owner, Pageable pageable, Model model) {
        var plan = plans.find(year, owner);
        var cycle = cycles.find(year);
        model.addAttribute("plan", plan);
        model.addAttribute("cycle", cycle);
        model.addAttribute("entry", directory.page(year, Optional.of(owner.isNational() ? "" : owner.value()),
                PageRequest.of(0, 2)).stream().filter(entry -> entry.owner().equals(owner)).findFirst().orElseThrow());
        var rows = activities.page(year, owner, pageable != null ? pageable : PageRequest.of(0, ROWS, Sort.by("sectionCode")));
        model.addAttribute("activities", rows);
        model.addAttribute("rowsBySection", rows.stream()
                .collect(Collectors.groupingBy(ActivityEntry::sectionCode, LinkedHashMap::new, Collectors.toList())));
        boolean editable = access.canWrite(owner) && plan.getStatus() != PlanStatus.SUBMITTED
                && plan.getStatus() != PlanStatus.APPROVED && cycle.getStatus() == CycleStatus.OPEN;
        model.addAttribute("canEdit", editable);
        model.addAttribute("canReview", access.isNationalAdmin() && plan.getStatus() == PlanStatus.SUBMITTED);
        if (!model.containsAttribute("activityForm")) {
            model.addAttribute("activityForm", ActivityForm.empty());
        }
        model.addAttribute("indicatorKinds", IndicatorKind.values());
        if (!model.containsAttribute("returnForm")) {
            model.addAttribute("returnForm", new ReturnForm(null, plan.getVersion()));
        }
        return PLAN_PAGE;
    }

    private static String redirect(int year, Party owner, String done) {
        return "redirect:/planning/" + year + "/plans/" + owner.value() + "?" + done;
    }
}
