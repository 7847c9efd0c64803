package org.coordina.accounts.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Signs users in by username and password (HTTP Basic and the login form): one indexed lookup of
 * the account, then a password check that is usually served by {@link VerifiedPasswords}. No
 * transaction is held meanwhile, so that slow bcrypt checks do not tie up database connections.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final UserAccountRepository accounts;

    private final VerifiedPasswords passwords;

    private final PasswordHashing hashing;

    PasswordAuthenticationProvider(UserAccountRepository accounts, VerifiedPasswords passwords, PasswordHashing hashing) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.hashing = hashing;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = UserAccount.normalizeUsername(authentication.getName());
        var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        var account = accounts.findByUsername(username).orElse(null);
        if (account == null || !account.isEnabled()) {
            // The same answer and about the same time whether the user is unknown, disabled or mistaken.
            hashing.spendOneCheck(password);
            if (account != null) {
                passwords.forget(account.getUsername());
            }
            throw new BadCredentialsException("Bad credentials");
        }
        if (!passwords.verify(account, password)) {
            throw new BadCredentialsException("Bad credentials");
        }
        var principal = SignedInUsers.principalOf(account);
        var result = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
