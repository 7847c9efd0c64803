package org.coordina.annualplanning.internal.web;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import org.coordina.annualplanning.internal.CycleClosing;
import org.coordina.annualplanning.internal.CycleDirectory;
import org.coordina.annualplanning.internal.PlanDirectory;
import org.coordina.annualplanning.internal.PlanningCycle;
import org.coordina.annualplanning.internal.PlanningCycles;
import org.coordina.annualplanning.internal.Programme;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.pages.FormBinding;
import org.coordina.sharedkernel.pages.NavigationContributor;
import org.coordina.sharedkernel.pages.NavigationItem;
import org.coordina.sharedkernel.pages.PageController;
import org.coordina.sharedkernel.security.Role;
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
 * The planning cycles' pages, the same rules as {@code /api/v1/planning-cycles}: every user of the planning work
 * lists the cycles and reads a cycle with its deadlines, programme sections and the plans they may read; the national
 * administration drafts a cycle for a year, changes its deadlines and sections while it is a draft, opens and closes
 * it. Every change carries the version the page was read at; a stale one shows the current values.
 */
@PageController
@RequestMapping("/planning")
class CyclePages implements NavigationContributor {

    /** The navigation section of planning's pages. */
    static final String SECTION = "annualplanning.page.nav.section";

    private static final String CYCLE_PAGE = "annualplanning/cycle";

    private static final String NEW_PAGE = "annualplanning/cycle-new";

    private final PlanningCycles cycles;

    private final CycleClosing closing;

    private final CycleDirectory directory;

    private final PlanDirectory plans;

    private final PlanAccess access;

    private final Clock clock;

    CyclePages(PlanningCycles cycles, CycleClosing closing, CycleDirectory directory, PlanDirectory plans,
            PlanAccess access, Clock clock) {
        this.clock = clock;
        this.cycles = cycles;
        this.closing = closing;
        this.directory = directory;
        this.plans = plans;
        this.access = access;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem("annualplanning.page.nav.cycles", "/planning", 20,
                        EnumSet.of(Role.NATIONAL_ADMIN, Role.NATIONAL_EXPERT, Role.AUDITOR)).inSection(SECTION),
                new NavigationItem("annualplanning.page.nav.plans", "/planning", 20,
                        EnumSet.of(Role.LOCAL_SECRETARY, Role.LOCAL_MEMBER)).inSection(SECTION));
    }

    /** Blank form fields are absent values, as a missing JSON property is for the API. */
    @InitBinder
    void blanksAreAbsent(WebDataBinder binder) {
        FormBinding.blanksAreAbsent(binder);
    }

    @GetMapping
    @PreAuthorize(PlanningCycleController.PLANNING_USERS)
    String list(@SortableBy({ "year", "status" }) @PageableDefault(sort = "year", direction = Sort.Direction.DESC)
            Pageable pageable, @RequestParam(required = false) String sort, Model model) {
        model.addAttribute("page", directory.page(pageable));
        model.addAttribute("sort", sort == null ? "year,desc" : sort);
        model.addAttribute("canAdminister", access.isNationalAdmin());
        return "annualplanning/cycles";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String newCycle(@RequestParam(required = false) Integer year, Model model) {
        int proposed = year != null ? year : nextFreeYear();
        model.addAttribute("deadlines", DeadlinesForm.forNewCycle(proposed));
        return NEW_PAGE;
    }

    /** Drafts the cycle with the default programme sections and the deadlines of the form; nothing on errors. */
    @PostMapping("/new")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String draft(@Valid @ModelAttribute("deadlines") DeadlinesForm form, BindingResult errors, Model model) {
        form = FormBinding.orShown(form, errors, model, () -> DeadlinesForm.forNewCycle(nextFreeYear()));
        if (form.year() == null && !errors.hasFieldErrors("year")) {
            errors.rejectValue("year", "annualplanning.page.validation.year");
        }
        if (errors.hasErrors()) {
            return NEW_PAGE;
        }
        var deadlines = form.toDeadlines(errors);
        if (deadlines == null) {
            return NEW_PAGE;
        }
        try {
            var cycle = cycles.draft(Integer.parseInt(form.year()), Programme.defaults(), deadlines);
            return "redirect:/planning/" + cycle.getYear() + "?created";
        }
        catch (DomainProblem refused) {
            errors.reject(refused.messageCode(), refused.arguments(), refused.messageCode());
            return NEW_PAGE;
        }
    }

    @GetMapping("/{year}")
    @PreAuthorize(PlanningCycleController.PLANNING_USERS)
    String show(@PathVariable int year, @SortableBy({ "owner", "status" }) @PageableDefault(sort = "owner", size = 50)
            Pageable pageable, @RequestParam(required = false) String sort, Model model) {
        model.addAttribute("sort", sort == null ? "owner,asc" : sort);
        return cyclePage(cycles.find(year), pageable, model);
    }

    @PostMapping("/{year}/deadlines")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String reviseDeadlines(@PathVariable int year, @Valid @ModelAttribute("deadlines") DeadlinesForm form,
            BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            var deadlines = form.toDeadlines(errors);
            if (deadlines != null) {
                return change(year, model, () -> {
                    var cycle = cycles.find(year);
                    return cycles.revise(year, form.version(), cycle.programme(), deadlines);
                });
            }
        }
        return cyclePage(cycles.find(year), null, model);
    }

    @PostMapping("/{year}/sections")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String addSection(@PathVariable int year, @Valid @ModelAttribute("section") SectionForm form, BindingResult errors,
            Model model) {
        if (errors.hasErrors()) {
            return cyclePage(cycles.find(year), null, model);
        }
        return change(year, model, () -> {
            var cycle = cycles.find(year);
            var sections = new ArrayList<>(cycle.getSections());
            sections.add(form.toSection());
            return cycles.revise(year, form.version(), new Programme(sections, cycle.getObjectives()),
                    cycle.deadlines());
        });
    }

    @PostMapping("/{year}/sections/{code}/remove")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String removeSection(@PathVariable int year, @PathVariable String code, @RequestParam long version, Model model) {
        return change(year, model, () -> {
            var cycle = cycles.find(year);
            var sections = cycle.getSections().stream().filter(section -> !section.code().equals(code)).toList();
            return cycles.revise(year, version, new Programme(sections, cycle.getObjectives()), cycle.deadlines());
        });
    }

    @PostMapping("/{year}/open")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String open(@PathVariable int year, @RequestParam long version, Model model) {
        return change(year, model, () -> cycles.open(year, version));
    }

    @PostMapping("/{year}/close")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String close(@PathVariable int year, @RequestParam long version, Model model) {
        return change(year, model, () -> closing.close(year, version));
    }

    private String change(int year, Model model, Supplier<PlanningCycle> change) {
        try {
            var cycle = change.get();
            return "redirect:/planning/" + cycle.getYear() + "?saved";
        }
        catch (OptimisticLockingFailureException stale) {
            model.addAttribute("stale", true);
            model.asMap().remove("deadlines");
            model.asMap().remove("section");
        }
        catch (DomainProblem refused) {
            model.addAttribute("refusal", refused);
        }
        return cyclePage(cycles.find(year), null, model);
    }

    private String cyclePage(PlanningCycle cycle, Pageable pageable, Model model) {
        model.addAttribute("cycle", cycle);
        model.addAttribute("canAdminister", access.isNationalAdmin());
        Optional<String> scope = access.canReadAll() ? Optional.empty()
                : Optional.of(access.ownCommission().orElse(Party.NATIONAL_VALUE));
        model.addAttribute("plans", plans.page(cycle.getYear(), scope,
                pageable != null ? pageable : PageRequest.of(0, 50, Sort.by("owner"))));
        if (!model.containsAttribute("sort")) {
            model.addAttribute("sort", "owner,asc");
        }
        if (!model.containsAttribute("deadlines")) {
            model.addAttribute("deadlines", DeadlinesForm.of(cycle));
        }
        if (!model.containsAttribute("section")) {
            model.addAttribute("section", SectionForm.empty(cycle.getVersion()));
        }
        return CYCLE_PAGE;
    }

    /** The year after the latest cycle's, or the current one's when there is none. */
    private int nextFreeYear() {
        var latest = directory.page(PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "year")));
        return latest.isEmpty() ? Year.now(clock).getValue() : latest.getContent().get(0).year() + 1;
    }
}
