package org.coordina.accounts.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An API key presented in {@code X-API-Key} (not yet checked), or the integrator it proved to be.
 * The key itself is never the principal, so it cannot leak through {@link #getName()}.
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final transient UserDetails principal;

    private String presentedKey;

    private ApiKeyAuthentication(String presentedKey, UserDetails principal, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.presentedKey = presentedKey;
        this.principal = principal;
        setAuthenticated(principal != null);
    }

    static ApiKeyAuthentication presented(String key) {
        return new ApiKeyAuthentication(key, null, List.of());
    }

    static ApiKeyAuthentication proven(UserDetails principal) {
        return new ApiKeyAuthentication(null, principal, principal.getAuthorities());
    }

    String presentedKey() {
        return presentedKey;
    }

    @Override
    public Object getCredentials() {
        return presentedKey;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public void eraseCredentials() {
        presentedKey = null;
        super.eraseCredentials();
    }
}
