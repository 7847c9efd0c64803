package org.coordina.sharedkernel.security;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authority that binds a local user to one commission ({@code COMMISSION_VAR}); every way of
 * signing in (password, token, API key, external JWT) grants it the same way.
 */
public final class CommissionAuthority {

    static final String PREFIX = "COMMISSION_";

    private CommissionAuthority() {
    }

    /** The authority for the commission with this code. */
    public static GrantedAuthority of(String commissionCode) {
        return new SimpleGrantedAuthority(PREFIX + commissionCode.toUpperCase(Locale.ROOT));
    }

    /** The commission code an authority names, if it is a commission authority. */
    public static Optional<String> codeOf(String authority) {
        return authority != null && authority.startsWith(PREFIX) && authority.length() > PREFIX.length()
                ? Optional.of(authority.substring(PREFIX.length()))
                : Optional.empty();
    }
}
