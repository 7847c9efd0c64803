package org.coordina.accounts.internal;

import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.sharedkernel.web.Versions;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Account administration, for national administrators only. Changes to an account need the
 * {@code If-Match} of the version they were based on and answer with the new {@code ETag}.
 */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('NATIONAL_ADMIN')")
class UsersController {

    private final UserAdministration administration;

    private final AccountViews views;

    UsersController(UserAdministration administration, AccountViews views) {
        this.administration = administration;
        this.views = views;
    }

    @GetMapping
    PagedModel<UserView> list(Pageable pageable) {
        return new PagedModel<>(administration.list(pageable).map(views::toView));
    }

    @GetMapping("/{username}")
    ResponseEntity<UserView> get(@PathVariable String username) {
        return withETag(administration.get(username));
    }

    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody UserRequests.CreateUser request) {
        var account = administration.open(request.toNewAccount());
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/v1/users/{username}")
                        .buildAndExpand(account.getUsername()).encode().toUri())
                .eTag(Versions.etag(account.getVersion()))
                .body(views.toView(account));
    }

    @PutMapping("/{username}/role")
    ResponseEntity<UserView> changeRole(@PathVariable String username,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody UserRequests.ChangeRole request, Authentication administrator) {
        var version = Versions.fromIfMatch(ifMatch);
        return withETag(administration.changeRole(username, version,
                new RoleAssignment(request.role(), request.commission()), administrator.getName()));
    }

    @PostMapping("/{username}/disable")
    ResponseEntity<UserView> disable(@PathVariable String username,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication administrator) {
        return withETag(administration.disable(username, Versions.fromIfMatch(ifMatch), administrator.getName()));
    }

    @PostMapping("/{username}/enable")
    ResponseEntity<UserView> enable(@PathVariable String username,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(administration.enable(username, Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{username}/password-reset")
    ResponseEntity<UserView> resetPassword(@PathVariable String username,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody UserRequests.ResetPassword request) {
        var version = Versions.fromIfMatch(ifMatch);
        return withETag(administration.resetPassword(username, version, request.newPassword()));
    }

    @GetMapping("/{username}/api-keys")
    PagedModel<ApiKeyView> apiKeys(@PathVariable String username, Pageable pageable) {
        return new PagedModel<>(administration.apiKeysOf(username, pageable).map(views::toView));
    }

    /** The plain key is in this answer and nowhere else, ever; it must not be cached on the way. */
    @PostMapping("/{username}/api-keys")
    ResponseEntity<IssuedApiKeyView> issueApiKey(@PathVariable String username,
            @Valid @RequestBody UserRequests.CreateApiKey request) {
        var issued = administration.issueApiKey(username, request.name());
        // The stored username (the path may differ in case or spaces): nothing after the commit may fail.
        var location = UriComponentsBuilder.fromPath("/api/v1/users/{username}/api-keys/{id}")
                .buildAndExpand(UserAccount.normalizeUsername(username), issued.key().getId()).encode().toUri();
        return ResponseEntity.created(location)
                .cacheControl(CacheControl.noStore())
                .body(views.toView(issued));
    }

    @DeleteMapping("/{username}/api-keys/{id}")
    ResponseEntity<Void> revokeApiKey(@PathVariable String username, @PathVariable UUID id) {
        administration.revokeApiKey(username, id);
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<UserView> withETag(UserAccount account) {
        return ResponseEntity.ok().eTag(Versions.etag(account.getVersion())).body(views.toView(account));
    }
}
