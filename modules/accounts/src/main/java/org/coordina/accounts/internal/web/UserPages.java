package org.coordina.accounts.internal.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.coordina.accounts.internal.NewAccount;
import org.coordina.accounts.internal.RoleAssignment;
import org.coordina.accounts.internal.UserAccount;
import org.coordina.accounts.internal.UserAdministration;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.pages.FormBinding;
import org.coordina.sharedkernel.pages.PageController;
import org.coordina.sharedkernel.pages.UserRemarks;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.web.SortableBy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
 * The users pages of the national administration, the same rules as {@code /api/v1/users}: the list, opening an
 * account, and an account's page with its role, disabling, a password reset and (for integrators) API keys, the plain
 * key shown once. Every change carries the version the page was read at; a stale one shows the current values.
 */
@PageController
@RequestMapping("/users")
@PreAuthorize("hasRole('NATIONAL_ADMIN')")
class UserPages {

    private static final String USER_PAGE = "accounts/user";

    /** An integrator has a handful of keys; the page shows the newest fifty. */
    private static final Pageable NEWEST_KEYS = PageRequest.of(0, 50, Sort.by("audit.createdAt").descending());

    private final UserAdministration administration;

    /** Other modules' remarks on accounts (e.g. notifications' "mail failing"); none when no module has any. */
    private final ObjectProvider<UserRemarks> remarks;

    UserPages(UserAdministration administration, ObjectProvider<UserRemarks> remarks) {
        this.administration = administration;
        this.remarks = remarks;
    }

    /** Blank form fields are absent values, as a missing JSON property is for the API. */
    @InitBinder
    void blanksAreAbsent(WebDataBinder binder) {
        FormBinding.blanksAreAbsent(binder);
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(@SortableBy({ "username", "displayName", "role", "createdAt=audit.createdAt" })
            @PageableDefault(sort = "username") Pageable pageable, @RequestParam(required = false) String sort,
            Model model) {
        var page = administration.list(pageable);
        model.addAttribute("page", page);
        model.addAttribute("remarks", remarksOn(page.getContent().stream().map(UserAccount::getUsername).toList()));
        model.addAttribute("sort", sort == null ? "username,asc" : sort);
        return "accounts/list";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("user", new NewUserForm(null, null, null, null, null, null));
        return "accounts/new";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("user") NewUserForm form, BindingResult errors, Model model) {
        form = FormBinding.orShown(form, errors, model, () -> new NewUserForm(null, null, null, null, null, null));
        if (errors.hasErrors()) {
            return "accounts/new";
        }
        try {
            var account = administration.open(new NewAccount(form.username(), form.displayName(), form.email(),
                    form.role(), form.commission(), form.initialPassword()));
            return "redirect:/users/" + account.getUsername() + "?created";
        }
        catch (DomainProblem refused) {
            errors.reject(refused.messageCode(), refused.arguments(), refused.messageCode());
            return "accounts/new";
        }
    }

    @GetMapping("/{username}")
    String show(@PathVariable String username, Model model) {
        return userPage(administration.get(username), model);
    }

    @PostMapping("/{username}/role")
    String changeRole(@PathVariable String username, @Valid @ModelAttribute("roleForm") RoleForm form,
            BindingResult errors, Authentication administrator, Model model) {
        var role = FormBinding.orShown(form, errors, model, () -> {
            var account = administration.get(username);
            return new RoleForm(account.getRole(), account.getCommission(), account.getVersion());
        });
        return change(username, errors, model, () -> administration.changeRole(username, role.version(),
                new RoleAssignment(role.role(), role.commission()), administrator.getName()));
    }

    @PostMapping("/{username}/disable")
    String disable(@PathVariable String username, @RequestParam long version, Authentication administrator,
            Model model) {
        return change(username, null, model, () -> administration.disable(username, version, administrator.getName()));
    }

    @PostMapping("/{username}/enable")
    String enable(@PathVariable String username, @RequestParam long version, Model model) {
        return change(username, null, model, () -> administration.enable(username, version));
    }

    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors, Model model) {
        var password = FormBinding.orShown(form, errors, model,
                () -> new PasswordForm(null, administration.get(username).getVersion()));
        return change(username, errors, model,
                () -> administration.resetPassword(username, password.version(), password.newPassword()));
    }

    /** The plain key is on this answer and nowhere else, ever: it is not redirected to, and not cached. */
    @PostMapping("/{username}/api-keys")
    String issueApiKey(@PathVariable String username, @Valid @ModelAttribute("apiKeyForm") ApiKeyForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                var issued = administration.issueApiKey(username, form.name());
                response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
                model.addAttribute("issuedKey", issued.plainKey());
                model.addAttribute("apiKeyForm", new ApiKeyForm(null));
            }
            catch (DomainProblem refused) {
                errors.reject(refused.messageCode(), refused.arguments(), refused.messageCode());
            }
        }
        return userPage(administration.get(username), model);
    }

    private String change(String username, BindingResult errors, Model model, Supplier<UserAccount> change) {
        if (errors != null && errors.hasErrors()) {
            return userPage(administration.get(username), model);
        }
        try {
            var account = change.get();
            return "redirect:/users/" + account.getUsername() + "?saved";
        }
        catch (OptimisticLockingFailureException stale) {
            model.addAttribute("stale", true);
            discardForms(model);
            return userPage(administration.get(username), model);
        }
        catch (DomainProblem refused) {
            model.addAttribute("refusal", refused);
            return userPage(administration.get(username), model);
        }
    }

    /** After a stale change the forms show the current values, not what was sent. */
    private static void discardForms(Model model) {
        model.asMap().remove("roleForm");
        model.asMap().remove("passwordForm");
    }

    /** Every module's remark codes per username, one look-up per module for the whole page. */
    private Map<String, List<String>> remarksOn(Collection<String> usernames) {
        var all = new HashMap<String, List<String>>();
        if (usernames.isEmpty()) {
            return all;
        }
        remarks.orderedStream().forEach(source -> source.remarksOn(usernames).forEach((username, code) ->
                all.computeIfAbsent(username, any -> new ArrayList<>()).add(code)));
        return all;
    }

    private String userPage(UserAccount account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("remarks", remarksOn(List.of(account.getUsername())));
        if (!model.containsAttribute("roleForm")) {
            model.addAttribute("roleForm", new RoleForm(account.getRole(), account.getCommission(), account.getVersion()));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm(null, account.getVersion()));
        }
        if (!model.containsAttribute("apiKeyForm")) {
            model.addAttribute("apiKeyForm", new ApiKeyForm(null));
        }
        if (account.getRole() == Role.INTEGRATOR) {
            model.addAttribute("apiKeys", administration.apiKeysOf(account.getUsername(), NEWEST_KEYS));
        }
        return USER_PAGE;
    }
}
