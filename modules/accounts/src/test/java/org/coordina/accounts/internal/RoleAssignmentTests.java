package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleAssignmentTests {

    @ParameterizedTest
    @EnumSource(value = Role.class, names = { "LOCAL_SECRETARY", "LOCAL_MEMBER" })
    void aLocalRoleIsBoundToItsCommission(Role role) {
        var assignment = new RoleAssignment(role, new CommissionCode("VAR"));

        assertThat(assignment.isLocal()).isTrue();
        assertThat(assignment.commission()).isEqualTo(new CommissionCode("VAR"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = { "NATIONAL_ADMIN", "NATIONAL_EXPERT", "INTEGRATOR", "AUDITOR" })
    void anyOtherRoleIsNotLocal(Role role) {
        var assignment = new RoleAssignment(role, null);

        assertThat(assignment.isLocal()).isFalse();
        assertThat(assignment.commission()).isNull();
    }
}
