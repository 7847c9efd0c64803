package org.coordina.internationalcooperation.internal.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.internationalcooperation.events.PartnerKind;
import org.coordina.internationalcooperation.internal.CooperationDirectory;
import org.coordina.internationalcooperation.internal.DeadlineTags;
import org.coordina.internationalcooperation.internal.Partners;
import org.coordina.internationalcooperation.internal.ReportingObligations;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.pages.FormBinding;
import org.coordina.sharedkernel.pages.NavigationContributor;
import org.coordina.sharedkernel.pages.NavigationItem;
import org.coordina.sharedkernel.pages.PageController;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.SignedInUser;
import org.coordina.sharedkernel.web.SortableBy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
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
 * International cooperation as pages, with the API's rules: the national administration, the secretaries and the
 * auditor read the partners, the agreements (tagged expiring or expired), the obligations' calendar (the next
 * deadline tagged due or overdue, and the deadlines as an .ics feed) and the legislative initiatives; the national
 * admin and experts add and change partners.
 */
@PageController
@RequestMapping("/cooperation")
class CooperationPages implements NavigationContributor {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private static final String PARTNER_FORM = "internationalcooperation/partner";

    private final CooperationDirectory directory;

    private final Partners partners;

    private final ReportingObligations obligations;

    private final DeadlineTags tags;

    private final DeadlineCalendar calendar;

    private final Clock clock;

    CooperationPages(CooperationDirectory directory, Partners partners, ReportingObligations obligations,
            DeadlineTags tags, DeadlineCalendar calendar, Clock clock) {
        this.clock = clock;
        this.directory = directory;
        this.partners = partners;
        this.obligations = obligations;
        this.tags = tags;
        this.calendar = calendar;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        var readers = EnumSet.of(Role.NATIONAL_ADMIN, Role.NATIONAL_EXPERT, Role.LOCAL_SECRETARY, Role.AUDITOR);
        var order = 60;
        var items = new ArrayList<NavigationItem>();
        for (var page : List.of("obligations", "agreements", "partners", "initiatives")) {
            items.add(new NavigationItem("internationalcooperation.page." + page + ".title", "/cooperation/" + page,
                    order++, readers).inSection("internationalcooperation.page.nav.cooperation"));
        }
        return List.copyOf(items);
    }

    /** Blank form fields are absent values, as a missing JSON property is for the API. */
    @InitBinder("partner")
    void blanksAreAbsent(WebDataBinder binder) {
        FormBinding.blanksAreAbsent(binder);
    }

    @GetMapping("/partners")
    @PreAuthorize(CooperationRoles.READ)
    String partners(@SortableBy({ "nameBg", "nameEn", "kind", "country" }) @PageableDefault(sort = "nameEn")
            Pageable pageable, @RequestParam(required = false) String sort, Model model) {
        model.addAttribute("page", directory.partners(null, pageable));
        return list("partners", sort == null ? "nameEn,asc" : sort, model);
    }

    @GetMapping("/agreements")
    @PreAuthorize(CooperationRoles.READ)
    String agreements(@SortableBy({ "validFrom", "validTo", "titleBg", "titleEn", "status" })
            @PageableDefault(sort = "validFrom", direction = Sort.Direction.DESC) Pageable pageable,
            @RequestParam(required = false) String sort, Model model) {
        model.addAttribute("page", directory.agreements(null, pageable)
                .map(entry -> new TaggedAgreement(entry, tags.agreement(entry.status(), entry.validTo()))));
        return list("agreements", sort == null ? "validFrom,desc" : sort, model);
    }

    @GetMapping("/obligations")
    @PreAuthorize(CooperationRoles.READ)
    String obligations(@SortableBy({ "nextDueOn", "titleBg", "titleEn", "body" }) @PageableDefault(sort = "nextDueOn")
            Pageable pageable, @RequestParam(required = false) String sort, Model model) {
        model.addAttribute("page", directory.obligations(null, pageable)
                .map(entry -> new TaggedObligation(entry, tags.deadline(entry.nextStatus(), entry.nextDueOn()))));
        model.addAttribute("today", tags.today());
        return list("obligations", sort == null ? "nextDueOn,asc" : sort, model);
    }

    /** The deadlines as the API's calendar feed, in the page's language, for a signed-in browser. */
    @GetMapping("/obligations.ics")
    @PreAuthorize(CooperationRoles.READ)
    ResponseEntity<String> deadlines() {
        var locale = LocaleContextHolder.getLocale();
        var headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename("obligations.ics").build());
        return ResponseEntity.ok().contentType(CALENDAR).headers(headers)
                .body(calendar.write(directory.deadlines(obligations.today().minusYears(1)),
                        DeadlineCalendar.language(locale.toLanguageTag()), clock.instant()));
    }

    @GetMapping("/initiatives")
    @PreAuthorize(CooperationRoles.READ)
    String initiatives(@SortableBy({ "titleBg", "titleEn", "stage" }) @PageableDefault(sort = "titleEn")
            Pageable pageable, @RequestParam(required = false) String sort, Model model) {
        model.addAttribute("page", directory.initiatives(null, pageable));
        return list("initiatives", sort == null ? "titleEn,asc" : sort, model);
    }

    @GetMapping("/partners/new")
    @PreAuthorize(CooperationRoles.WRITE)
    String newPartner(Model model) {
        model.addAttribute("partner", PartnerForm.blank());
        return partnerForm(null, model);
    }

    @PostMapping("/partners/new")
    @PreAuthorize(CooperationRoles.WRITE)
    String register(@Valid @ModelAttribute("partner") PartnerForm form, BindingResult errors, Model model) {
        form = FormBinding.orShown(form, errors, model, PartnerForm::blank);
        if (errors.hasErrors()) {
            return partnerForm(null, model);
        }
        try {
            partners.register(form.toDetails());
            return "redirect:/cooperation/partners?saved";
        }
        catch (DomainProblem refused) {
            errors.reject(refused.messageCode(), refused.arguments(), refused.messageCode());
            return partnerForm(null, model);
        }
    }

    @GetMapping("/partners/{id}")
    @PreAuthorize(CooperationRoles.WRITE)
    String editPartner(@PathVariable UUID id, Model model) {
        model.addAttribute("partner", PartnerForm.of(partners.find(id)));
        return partnerForm(id, model);
    }

    /** Saves against the version read; a stale save shows the current values and overwrites nothing. */
    @PostMapping("/partners/{id}")
    @PreAuthorize(CooperationRoles.WRITE)
    String changePartner(@PathVariable UUID id, @Valid @ModelAttribute("partner") PartnerForm form,
            BindingResult errors, Model model) {
        form = FormBinding.orShown(form, errors, model, () -> PartnerForm.of(partners.find(id)));
        if (form.version() == null) {
            errors.reject("internationalcooperation.page.validation.version");
        }
        if (errors.hasErrors()) {
            return partnerForm(id, model);
        }
        try {
            partners.change(id, form.version(), form.toDetails());
            return "redirect:/cooperation/partners?saved";
        }
        catch (OptimisticLockingFailureException stale) {
            model.addAttribute("partner", PartnerForm.of(partners.find(id)));
            model.addAttribute("stale", true);
            return partnerForm(id, model);
        }
        catch (DomainProblem refused) {
            errors.reject(refused.messageCode(), refused.arguments(), refused.messageCode());
            return partnerForm(id, model);
        }
    }

    private String list(String tab, String sort, Model model) {
        model.addAttribute("tab", tab);
        model.addAttribute("sort", sort);
        model.addAttribute("canEdit", canWrite());
        return "internationalcooperation/" + tab;
    }

    /** Whether the user may add and change (the API's write roles), for the pages' links. */
    private static boolean canWrite() {
        return SignedInUser.of(SecurityContextHolder.getContext().getAuthentication())
                .map(user -> user.roles().contains(Role.NATIONAL_ADMIN) || user.roles().contains(Role.NATIONAL_EXPERT))
                .orElse(false);
    }

    private String partnerForm(UUID id, Model model) {
        model.addAttribute("partnerId", id);
        model.addAttribute("kinds", PartnerKind.values());
        return PARTNER_FORM;
    }
}
