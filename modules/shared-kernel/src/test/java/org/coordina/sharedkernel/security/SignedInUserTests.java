package org.coordina.sharedkernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

class SignedInUserTests {

    @Test
    void readsRolesAndCommissionAndIgnoresOtherAuthorities() {
        var authentication = new TestingAuthenticationToken("secretary.var", null, "ROLE_LOCAL_SECRETARY",
                "COMMISSION_VAR", "ROLE_SOMETHING_ELSE", "SCOPE_read");
        authentication.setAuthenticated(true);

        var user = SignedInUser.of(authentication).orElseThrow();

        assertThat(user.roles()).containsExactly(Role.LOCAL_SECRETARY);
        assertThat(user.commission()).contains("VAR");
        assertThat(user.isBoundTo("var")).isTrue();
        assertThat(user.isBoundTo("BGS")).isFalse();
    }

    @Test
    void thePrincipalRoleIsTheFirstInRoleOrder() {
        var authentication = new TestingAuthenticationToken("someone", null, "ROLE_AUDITOR", "ROLE_NATIONAL_EXPERT");
        authentication.setAuthenticated(true);

        assertThat(SignedInUser.of(authentication).orElseThrow().role()).contains(Role.NATIONAL_EXPERT);
    }

    @Test
    void anUnauthenticatedRequestIsNobody() {
        assertThat(SignedInUser.of(null)).isEmpty();
        assertThat(SignedInUser.of(new UsernamePasswordAuthenticationToken("someone", "secret"))).isEmpty();
    }
}
