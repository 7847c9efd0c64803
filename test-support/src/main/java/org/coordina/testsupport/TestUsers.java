package org.coordina.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coordina.sharedkernel.security.CommissionAuthority;
import org.coordina.sharedkernel.security.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signed-in users for MockMvc requests, with exactly the authorities real sign-ins grant, so that
 * authorization and commission scoping are exercised without paying for password checks.
 */
public final class TestUsers {

    private TestUsers() {
    }

    /** A user of a national role (or the integrator or auditor). */
    public static RequestPostProcessor as(Role role) {
        if (role.isLocal()) {
            throw new IllegalArgumentException(role + " needs a commission: use as(role, code)");
        }
        return user(role.name().toLowerCase(Locale.ROOT)).authorities(new SimpleGrantedAuthority(role.authority()));
    }

    /** A local user of this commission. */
    public static RequestPostProcessor as(Role role, String commissionCode) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        authorities.add(CommissionAuthority.of(commissionCode));
        return user(role.name().toLowerCase(Locale.ROOT) + "." + commissionCode.toLowerCase(Locale.ROOT))
                .authorities(authorities);
    }
}
