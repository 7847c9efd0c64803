package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.coordina.sharedkernel.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class SignedInUsersTests {

    static UserAccount account(String username, Role role, String commission) {
        return UserAccount.open(username, "Some One", "some.one@example.org", new RoleAssignment(role, AccountsFixture.code(commission)),
                "$2a$hash");
    }

    @Test
    void aNationalUserHasTheRoleOnly() {
        assertThat(SignedInUsers.authoritiesOf(account("expert", Role.NATIONAL_EXPERT, null)))
                .extracting(GrantedAuthority::getAuthority).containsExactly(Role.NATIONAL_EXPERT.authority());
    }

    @Test
    void aLocalUserIsAlsoBoundToTheCommission() {
        assertThat(SignedInUsers.authoritiesOf(account("secretary.var", Role.LOCAL_SECRETARY, "VAR")))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly(Role.LOCAL_SECRETARY.authority(), "COMMISSION_VAR");
    }

    @Test
    void thePrincipalIsTheUsernameAndAuthoritiesWithoutTheHash() {
        var principal = SignedInUsers.principalOf(account("Member.Var", Role.LOCAL_MEMBER, "var"));

        assertThat(principal.getUsername()).isEqualTo("member.var");
        assertThat(principal.getPassword()).isEmpty();
        assertThat(principal.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder(Role.LOCAL_MEMBER.authority(), "COMMISSION_VAR");
    }
}
