package org.coordina.accounts.internal;

import java.util.ArrayList;
import java.util.List;

import org.coordina.sharedkernel.security.CommissionAuthority;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/** What a successful sign-in grants, the same for every way of signing in. */
final class SignedInUsers {

    private SignedInUsers() {
    }

    /** The role's authority, and for a local user the authority binding it to its commission. */
    static List<GrantedAuthority> authoritiesOf(UserAccount account) {
        List<GrantedAuthority> authorities = new ArrayList<>(2);
        authorities.add(new SimpleGrantedAuthority(account.getRole().authority()));
        if (account.getCommission() != null) {
            authorities.add(CommissionAuthority.of(account.getCommission().value()));
        }
        return List.copyOf(authorities);
    }

    /** The principal: the username and authorities, without the password hash. */
    static UserDetails principalOf(UserAccount account) {
        return User.withUsername(account.getUsername())
                .password("")
                .authorities(authoritiesOf(account))
                .build();
    }
}
