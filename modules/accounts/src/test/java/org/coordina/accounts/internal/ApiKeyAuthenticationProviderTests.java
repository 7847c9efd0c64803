package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.coordina.sharedkernel.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** {@link ApiKeyAuthenticationProvider} on in-memory accounts and keys. */
class ApiKeyAuthenticationProviderTests {

    final AccountsFixture fixture = new AccountsFixture();

    final ApiKeyAuthenticationProvider provider = new ApiKeyAuthenticationProvider(fixture.accounts);

    final UserAccount integrator = fixture.saved("ministry.feed", Role.INTEGRATOR, null);

    ApiKeySecret issued(ApiKeySecret secret) {
        fixture.apiKeys.save(ApiKey.issue(integrator, "feed", secret));
        return secret;
    }

    static ApiKeyAuthentication presented(String key) {
        var presented = ApiKeyAuthentication.presented(key);
        presented.setDetails("from 192.0.2.1");
        return presented;
    }

    @Test
    void signsTheOwnerOfAnActiveKeyIn() {
        var secret = issued(ApiKeySecret.generate());

        var result = provider.authenticate(presented(secret.value()));

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getName()).isEqualTo("ministry.feed");
        assertThat(result.getCredentials()).isNull();
        assertThat(result.getDetails()).isEqualTo("from 192.0.2.1");
        assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(Role.INTEGRATOR.authority());
    }

    @Test
    void acceptsKeysOfUpToTwoHundredCharacters() {
        var longest = issued(new ApiKeySecret(ApiKeySecret.PREFIX + "k".repeat(196)));
        var tooLong = issued(new ApiKeySecret(ApiKeySecret.PREFIX + "k".repeat(197)));

        assertThat(provider.authenticate(presented(longest.value())).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> provider.authenticate(presented(tooLong.value())))
                .isInstanceOf(BadCredentialsException.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "cak_", "not-a-key", "cak_unknown" })
    void refusesWhatIsNotAnIssuedKey(String key) {
        assertThatThrownBy(() -> provider.authenticate(presented(key))).isInstanceOf(BadCredentialsException.class)
                .hasMessage("Invalid API key");
    }

    @Test
    void refusesAnIssuedKeyWithoutItsPrefix() {
        var unprefixed = issued(new ApiKeySecret("xyz_" + "k".repeat(43)));

        assertThatThrownBy(() -> provider.authenticate(presented(unprefixed.value())))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void refusesARevokedKey() {
        var secret = ApiKeySecret.generate();
        var key = fixture.apiKeys.save(ApiKey.issue(integrator, "feed", secret));
        key.revoke(Instant.EPOCH);

        assertThatThrownBy(() -> provider.authenticate(presented(secret.value())))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void refusesTheKeyOfADisabledOwner() {
        var secret = issued(ApiKeySecret.generate());
        integrator.disable(java.time.Instant.EPOCH);

        assertThatThrownBy(() -> provider.authenticate(presented(secret.value())))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void refusesTheKeyOfAnOwnerWhoIsNoLongerAnIntegrator() {
        var secret = issued(ApiKeySecret.generate());
        integrator.assign(new RoleAssignment(Role.AUDITOR, null), java.time.Instant.EPOCH);

        assertThatThrownBy(() -> provider.authenticate(presented(secret.value())))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void takesApiKeysOnly() {
        assertThat(provider.supports(ApiKeyAuthentication.class)).isTrue();
        assertThat(provider.supports(UsernamePasswordAuthenticationToken.class)).isFalse();
    }
}
