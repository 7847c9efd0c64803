package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.coordina.sharedkernel.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleAssignmentTests {

    @ParameterizedTest
    @EnumSource(value = Role.class, names = { "LOCAL_SECRETARY", "LOCAL_MEMBER" })
    void aLocalRoleIsBoundToItsCommission(Role role) {
        var assignment = new RoleAssignment(role, "VAR");

        assertThat(assignment.isLocal()).isTrue();
        assertThat(assignment.commissionCode()).isEqualTo("VAR");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = { "NATIONAL_ADMIN", "NATIONAL_EXPERT", "INTEGRATOR", "AUDITOR" })
    void anyOtherRoleIsNotLocal(Role role) {
        var assignment = new RoleAssignment(role, " ");

        assertThat(assignment.isLocal()).isFalse();
        assertThat(assignment.commissionCode()).isNull();
    }

    @Test
    void aCommissionCodeIsTrimmedAndUpperCased() {
        assertThat(new RoleAssignment(Role.LOCAL_MEMBER, " bgs ").commissionCode()).isEqualTo("BGS");
    }
}
