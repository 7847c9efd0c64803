package org.coordina.accounts.internal.web;

import jakarta.validation.Valid;
import org.coordina.accounts.internal.OwnAccount;
import org.coordina.accounts.internal.UserAccount;
import org.coordina.sharedkernel.security.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's own account, for every user however signed in.
 *
 * <p>{@code PUT /me/password} needs the current password rather than {@code If-Match}: knowing it is
 * the precondition. A wrong current password is answered with 422 (not 401/403: the request is
 * authenticated and allowed, its content is wrong).
 */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    private final OwnAccount ownAccount;

    MeController(OwnAccount ownAccount) {
        this.ownAccount = ownAccount;
    }

    @GetMapping
    MeView me(Authentication authentication) {
        var account = ownAccount.find(authentication.getName());
        var user = SignedInUser.of(authentication).orElseThrow();
        return new MeView(authentication.getName(), account.map(UserAccount::getDisplayName).orElse(null),
                account.map(UserAccount::getEmail).orElse(null), user.role().orElse(null),
                user.commission().orElse(null));
    }

    @PutMapping("/password")
    ResponseEntity<Void> changePassword(@Valid @RequestBody ChangeOwnPasswordRequest request,
            Authentication authentication) {
        ownAccount.changePassword(authentication.getName(), request.oldPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }
}
