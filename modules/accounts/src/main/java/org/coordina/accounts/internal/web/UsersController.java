package org.coordina.accounts.internal.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.accounts.internal.UserAccount;
import org.coordina.accounts.internal.UserAdministration;
import org.coordina.sharedkernel.web.ExpectedVersion;
import org.coordina.sharedkernel.web.Responses;
import org.coordina.sharedkernel.web.SortableBy;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account administration, for national administrators only. Changes to an account need the
 * {@code If-Match} of the version they were based on and answer with the new {@code ETag}. No
 * handler is scoped to a commission: accounts of every commission are the national administrators'.
 */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('NATIONAL_ADMIN')")
class UsersController {

    private final UserAdministration administration;

    private final AccountMapper mapper;

    UsersController(UserAdministration administration, AccountMapper mapper) {
        this.administration = administration;
        this.mapper = mapper;
    }

    @GetMapping
    PagedModel<UserView> list(@SortableBy({ "username", "displayName", "role", "createdAt=audit.createdAt" })
            @PageableDefault(sort = "username") Pageable pageable) {
        return new PagedModel<>(administration.list(pageable).map(mapper::toView));
    }

    @GetMapping("/{username}")
    ResponseEntity<UserView> get(@PathVariable String username) {
        return withEtag(administration.get(username));
    }

    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody CreateUserRequest request) {
        var account = administration.open(mapper.toNewAccount(request));
        return Responses.created(account.getUsername(), account.getVersion(), mapper.toView(account));
    }

    @PutMapping("/{username}/role")
    ResponseEntity<UserView> changeRole(@PathVariable String username, @ExpectedVersion long version,
            @Valid @RequestBody ChangeRoleRequest request, Authentication administrator) {
        return withEtag(administration.changeRole(username, version, mapper.toAssignment(request),
                administrator.getName()));
    }

    @PostMapping("/{username}/disable")
    ResponseEntity<UserView> disable(@PathVariable String username, @ExpectedVersion long version,
            Authentication administrator) {
        return withEtag(administration.disable(username, version, administrator.getName()));
    }

    @PostMapping("/{username}/enable")
    ResponseEntity<UserView> enable(@PathVariable String username, @ExpectedVersion long version) {
        return withEtag(administration.enable(username, version));
    }

    @PostMapping("/{username}/password-reset")
    ResponseEntity<UserView> resetPassword(@PathVariable String username, @ExpectedVersion long version,
            @Valid @RequestBody ResetPasswordRequest request) {
        return withEtag(administration.resetPassword(username, version, request.newPassword()));
    }

    @GetMapping("/{username}/api-keys")
    PagedModel<ApiKeyView> apiKeys(@PathVariable String username,
            @SortableBy({ "name", "createdAt=audit.createdAt" }) @PageableDefault(sort = "createdAt")
            Pageable pageable) {
        return new PagedModel<>(administration.apiKeysOf(username, pageable).map(mapper::toView));
    }

    /** The plain key is in this answer and nowhere else, ever; it must not be cached on the way. */
    @PostMapping("/{username}/api-keys")
    ResponseEntity<IssuedApiKeyView> issueApiKey(@PathVariable String username,
            @Valid @RequestBody CreateApiKeyRequest request) {
        var issued = administration.issueApiKey(username, request.name());
        var created = Responses.created(issued.key().getId(), issued.key().getVersion(), mapper.toView(issued));
        return ResponseEntity.status(HttpStatus.CREATED).headers(created.getHeaders())
                .cacheControl(CacheControl.noStore())
                .body(created.getBody());
    }

    @DeleteMapping("/{username}/api-keys/{id}")
    ResponseEntity<Void> revokeApiKey(@PathVariable String username, @PathVariable UUID id) {
        administration.revokeApiKey(username, id);
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<UserView> withEtag(UserAccount account) {
        return Responses.withEtag(account.getVersion(), mapper.toView(account));
    }
}
