package org.coordina.sharedkernel.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The Coordina roles and the commission an authentication grants, read off its authorities the same
 * way for every way of signing in.
 *
 * @param roles the Coordina roles granted (unknown authorities are ignored)
 * @param commission the commission a local user is bound to
 */
public record SignedInUser(Set<Role> roles, Optional<String> commission) {

    public SignedInUser {
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    /** The user an authentication stands for; empty when there is none or it is not authenticated. */
    public static Optional<SignedInUser> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Optional<String> commission = Optional.empty();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            Role.fromAuthority(authority.getAuthority()).ifPresent(roles::add);
            var code = CommissionAuthority.codeOf(authority.getAuthority());
            if (code.isPresent()) {
                commission = code;
            }
        }
        return Optional.of(new SignedInUser(roles, commission));
    }

    /** The principal role: should several be granted (an external token may), the first in {@link Role} order. */
    public Optional<Role> role() {
        return roles.stream().min(Enum::compareTo);
    }

    /** Whether this is a local user of the commission with this code. */
    public boolean isBoundTo(String commissionCode) {
        return commissionCode != null
                && commission.map(own -> own.equals(commissionCode.toUpperCase(Locale.ROOT))).orElse(false);
    }
}
