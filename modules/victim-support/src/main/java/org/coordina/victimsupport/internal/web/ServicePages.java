package org.coordina.victimsupport.internal.web;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.pages.FormBinding;
import org.coordina.sharedkernel.pages.NavigationContributor;
import org.coordina.sharedkernel.pages.NavigationItem;
import org.coordina.sharedkernel.pages.PageController;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.web.SortableBy;
import org.coordina.victimsupport.events.ServiceStatus;
import org.coordina.victimsupport.events.ServiceType;
import org.coordina.victimsupport.events.TargetGroup;
import org.coordina.victimsupport.internal.SupportDirectory;
import org.coordina.victimsupport.internal.SupportServices;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
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
 * The register of support services as pages, with the API's rules: every role but the integrator reads it; the
 * national admin and experts add and change services, each change against the version the form was read at.
 */
@PageController
@RequestMapping("/victim-support/services")
class ServicePages implements NavigationContributor {

    private static final String FORM = "victimsupport/service";

    private final SupportServices services;

    private final SupportDirectory directory;

    private final VictimSupportAccess access;

    ServicePages(SupportServices services, SupportDirectory directory, VictimSupportAccess access) {
        this.services = services;
        this.directory = directory;
        this.access = access;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("victimsupport.page.nav.services", "/victim-support/services", 50,
                EnumSet.of(Role.NATIONAL_ADMIN, Role.NATIONAL_EXPERT, Role.AUDITOR, Role.LOCAL_SECRETARY,
                        Role.LOCAL_MEMBER)).inSection(StatisticsPages.SECTION));
    }

    /** Blank form fields are absent values, as a missing JSON property is for the API. */
    @InitBinder("service")
    void blanksAreAbsent(WebDataBinder binder) {
        FormBinding.blanksAreAbsent(binder);
    }

    @GetMapping
    @PreAuthorize("@victimSupportAccess.canRead()")
    String list(@SortableBy({ "nameBg", "nameEn", "city", "type", "status" }) @PageableDefault(sort = "nameEn")
            Pageable pageable, @RequestParam(required = false) String sort, Model model) {
        model.addAttribute("page", directory.services(pageable));
        model.addAttribute("sort", sort == null ? "nameEn,asc" : sort);
        model.addAttribute("canEdit", access.isNational());
        return "victimsupport/services";
    }

    @GetMapping("/new")
    @PreAuthorize("@victimSupportAccess.isNational()")
    String newService(Model model) {
        model.addAttribute("service", ServiceForm.blank());
        return form(null, model);
    }

    @PostMapping("/new")
    @PreAuthorize("@victimSupportAccess.isNational()")
    String register(@Valid @ModelAttribute("service") ServiceForm form, BindingResult errors, Model model) {
        form = FormBinding.orShown(form, errors, model, ServiceForm::blank);
        if (errors.hasErrors()) {
            return form(null, model);
        }
        try {
            services.register(form.toDetails());
            return "redirect:/victim-support/services?saved";
        }
        catch (DomainProblem refused) {
            reject(refused, errors);
            return form(null, model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("@victimSupportAccess.isNational()")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("service", ServiceForm.of(services.find(id)));
        return form(id, model);
    }

    /** Saves against the version read; a stale save shows the current values and overwrites nothing. */
    @PostMapping("/{id}")
    @PreAuthorize("@victimSupportAccess.isNational()")
    String change(@PathVariable UUID id, @Valid @ModelAttribute("service") ServiceForm form, BindingResult errors,
            Model model) {
        form = FormBinding.orShown(form, errors, model, () -> ServiceForm.of(services.find(id)));
        if (form.version() == null) {
            errors.reject("victimsupport.page.validation.version");
        }
        if (errors.hasErrors()) {
            return form(id, model);
        }
        try {
            services.change(id, form.version(), form.toDetails());
            return "redirect:/victim-support/services?saved";
        }
        catch (OptimisticLockingFailureException stale) {
            model.addAttribute("service", ServiceForm.of(services.find(id)));
            model.addAttribute("stale", true);
            return form(id, model);
        }
        catch (DomainProblem refused) {
            reject(refused, errors);
            return form(id, model);
        }
    }

    /** The personal-data guard names its field: the error goes to that field, others to the form. */
    static void reject(DomainProblem refused, BindingResult errors) {
        var arguments = refused.arguments();
        if (refused.messageCode().startsWith("victimsupport.personalData.") && arguments.length > 0
                && errors.getTarget() != null && hasField(errors, String.valueOf(arguments[0]))) {
            errors.rejectValue(String.valueOf(arguments[0]), refused.messageCode(), arguments, refused.messageCode());
        }
        else {
            errors.reject(refused.messageCode(), arguments, refused.messageCode());
        }
    }

    private static boolean hasField(BindingResult errors, String field) {
        try {
            return errors.getFieldType(field) != null;
        }
        catch (RuntimeException unknown) {
            return false;
        }
    }

    private String form(UUID id, Model model) {
        model.addAttribute("serviceId", id);
        model.addAttribute("types", ServiceType.values());
        model.addAttribute("groups", TargetGroup.values());
        model.addAttribute("statuses", ServiceStatus.values());
        return FORM;
    }
}
