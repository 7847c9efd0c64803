package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.coordina.sharedkernel.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

class ApiKeyAuthenticationTests {

    final ApiKeyAuthenticationConverter converter = new ApiKeyAuthenticationConverter();

    @Test
    void aPresentedKeyIsNotYetAuthenticatedAndNeverTheName() {
        var presented = ApiKeyAuthentication.presented("cak_secret");

        assertThat(presented.isAuthenticated()).isFalse();
        assertThat(presented.presentedKey()).isEqualTo("cak_secret");
        assertThat(presented.getCredentials()).isEqualTo("cak_secret");
        assertThat(presented.getPrincipal()).isNull();
        assertThat(presented.getAuthorities()).isEmpty();
    }

    @Test
    void aProvenKeyIsTheIntegratorWithTheirAuthorities() {
        var integrator = SignedInUsers.principalOf(UserAccount.open("ministry.feed", "Ministry feed", "feed@example.org",
                new RoleAssignment(Role.INTEGRATOR, null), "$2a$hash"));

        var proven = ApiKeyAuthentication.proven(integrator);

        assertThat(proven.isAuthenticated()).isTrue();
        assertThat(proven.getPrincipal()).isSameAs(integrator);
        assertThat(proven.getName()).isEqualTo("ministry.feed");
        assertThat(proven.getCredentials()).isNull();
        assertThat(proven.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(Role.INTEGRATOR.authority());
    }

    @Test
    void erasingCredentialsForgetsTheKey() {
        var presented = ApiKeyAuthentication.presented("cak_secret");

        presented.eraseCredentials();

        assertThat(presented.presentedKey()).isNull();
        assertThat(presented.getCredentials()).isNull();
    }

    @Test
    void erasingCredentialsAlsoErasesThePrincipals() {
        var proven = ApiKeyAuthentication.proven(User.withUsername("ministry.feed").password("").roles("INTEGRATOR").build());

        proven.eraseCredentials();

        assertThat(((UserDetails) proven.getPrincipal()).getPassword()).isNull();
    }

    @Test
    void readsTheTrimmedKeyFromItsHeader() {
        var request = new MockHttpServletRequest();
        request.addHeader("X-API-Key", "  cak_secret ");

        var authentication = (ApiKeyAuthentication) converter.convert(request);

        assertThat(authentication.presentedKey()).isEqualTo("cak_secret");
    }

    @Test
    void staysOutOfTheWayWithoutAKey() {
        var blank = new MockHttpServletRequest();
        blank.addHeader("X-API-Key", "  ");

        assertThat(converter.convert(new MockHttpServletRequest())).isNull();
        assertThat(converter.convert(blank)).isNull();
    }
}
