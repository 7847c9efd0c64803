package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.coordina.sharedkernel.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** {@link PasswordAuthenticationProvider} on in-memory accounts. */
class PasswordAuthenticationProviderTests {

    /** bcrypt, remembering which passwords were spent on a decoy. */
    static class DecoyCountingHashing extends PasswordHashing {

        final List<String> decoyChecks = new ArrayList<>();

        DecoyCountingHashing() {
            super(PasswordHashingTests.CHEAP);
        }

        @Override
        void spendOneCheck(String rawPassword) {
            decoyChecks.add(rawPassword);
            super.spendOneCheck(rawPassword);
        }
    }

    final AccountsFixture fixture = new AccountsFixture();

    final DecoyCountingHashing hashing = new DecoyCountingHashing();

    final PasswordAuthenticationProvider provider = new PasswordAuthenticationProvider(fixture.accounts,
            fixture.verifiedPasswords, hashing);

    static UsernamePasswordAuthenticationToken presented(String username, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails("from 192.0.2.1");
        return token;
    }

    @Test
    void signsInWithTheRightPasswordWhateverTheUsernamesCase() {
        fixture.saved("member.var", Role.LOCAL_MEMBER, "VAR");

        var result = provider.authenticate(presented(" Member.VAR ", AccountsFixture.PASSWORD));

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getName()).isEqualTo("member.var");
        assertThat(result.getCredentials()).isNull();
        assertThat(result.getDetails()).isEqualTo("from 192.0.2.1");
        assertThat(((UserDetails) result.getPrincipal()).getPassword()).isEmpty();
        assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder(Role.LOCAL_MEMBER.authority(), "COMMISSION_VAR");
        assertThat(hashing.decoyChecks).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefused() {
        fixture.saved("expert", Role.NATIONAL_EXPERT, null);

        assertThatThrownBy(() -> provider.authenticate(presented("expert", "not the password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(presented("expert", null)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(hashing.decoyChecks).isEmpty();
    }

    @Test
    void anUnknownUserCostsOneCheckAndIsRefused() {
        assertThatThrownBy(() -> provider.authenticate(presented("nobody", "some password")))
                .isInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
        assertThatThrownBy(() -> provider.authenticate(presented("nobody", null)))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(hashing.decoyChecks).containsExactly("some password", "");
    }

    @Test
    void aDisabledUserCostsOneCheckIsRefusedAndForgotten() {
        var expert = fixture.saved("expert", Role.NATIONAL_EXPERT, null);
        fixture.verifiedPasswords.verify(expert, AccountsFixture.PASSWORD);
        expert.disable(java.time.Instant.EPOCH);

        assertThatThrownBy(() -> provider.authenticate(presented("expert", AccountsFixture.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(hashing.decoyChecks).containsExactly(AccountsFixture.PASSWORD);
        assertThat(fixture.verifiedPasswords.size()).isZero();
    }

    @Test
    void takesUsernamesAndPasswordsOnly() {
        assertThat(provider.supports(UsernamePasswordAuthenticationToken.class)).isTrue();
        assertThat(provider.supports(TestingAuthenticationToken.class)).isFalse();
        assertThat(provider.supports(ApiKeyAuthentication.class)).isFalse();
    }
}
