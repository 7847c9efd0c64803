package org.coordina.sharedkernel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class CommissionAccessTests {

    private final CommissionAccess access = new CommissionAccess();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @EnumSource(names = { "NATIONAL_ADMIN", "NATIONAL_EXPERT", "AUDITOR" })
    void nationalRolesAndTheAuditorReadEveryCommission(Role role) {
        signIn(role, null);
        assertThat(access.canRead("VAR")).isTrue();
        assertThat(access.canRead("BGS")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = { "LOCAL_SECRETARY", "LOCAL_MEMBER" })
    void localUsersReadOnlyTheirOwnCommission(Role role) {
        signIn(role, "VAR");
        assertThat(access.canRead("VAR")).isTrue();
        assertThat(access.canRead("var")).isTrue();
        assertThat(access.canRead("BGS")).isFalse();
    }

    @Test
    void theIntegratorReadsNoCommissionData() {
        signIn(Role.INTEGRATOR, null);
        assertThat(access.canRead("VAR")).isFalse();
    }

    @Test
    void onlyTheCommissionsOwnSecretaryWritesItsData() {
        signIn(Role.LOCAL_SECRETARY, "VAR");
        assertThat(access.canWrite("VAR")).isTrue();
        assertThat(access.canWrite("BGS")).isFalse();
        assertThatThrownBy(() -> access.checkWrite("BGS")).isInstanceOf(AccessDeniedException.class);

        signIn(Role.LOCAL_MEMBER, "VAR");
        assertThat(access.canWrite("VAR")).isFalse();
    }

    @Test
    void nationalRolesWriteOnlyWhereTheCallerAllowsThem() {
        signIn(Role.NATIONAL_ADMIN, null);
        assertThat(access.canWrite("VAR")).isFalse();
        assertThat(access.canWrite("VAR", Role.NATIONAL_ADMIN)).isTrue();
        assertThat(access.canWrite("VAR", Role.NATIONAL_EXPERT)).isFalse();

        signIn(Role.AUDITOR, null);
        assertThat(access.canWrite("VAR", Role.NATIONAL_ADMIN, Role.NATIONAL_EXPERT)).isFalse();
    }

    @Test
    void aLocalRoleNamedAsNationalExceptionGrantsNothingExtra() {
        signIn(Role.LOCAL_SECRETARY, "BGS");
        assertThat(access.canWrite("VAR", Role.LOCAL_SECRETARY)).isFalse();
    }

    @Test
    void nobodySignedInReadsAndWritesNothing() {
        assertThat(access.canRead("VAR")).isFalse();
        assertThat(access.canWrite("VAR", Role.NATIONAL_ADMIN)).isFalse();
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(access.canRead("VAR")).isFalse();
        assertThatThrownBy(() -> access.checkRead("VAR")).isInstanceOf(AccessDeniedException.class);
    }

    private static void signIn(Role role, String commission) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        if (commission != null) {
            authorities.add(CommissionAuthority.of(commission));
        }
        var authentication = new TestingAuthenticationToken("someone", "secret", authorities);
        authentication.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
