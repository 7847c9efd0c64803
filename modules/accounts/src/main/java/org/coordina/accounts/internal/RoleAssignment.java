package org.coordina.accounts.internal;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.security.Role;

/**
 * A role and, for the local roles, the commission it is bound to: a local role needs exactly one
 * commission, every other role none.
 */
public record RoleAssignment(Role role, CommissionCode commission) {

    public RoleAssignment {
        if (role == null) {
            throw DomainProblem.ruleViolated("accounts.role.required");
        }
        if (role.isLocal() && commission == null) {
            throw DomainProblem.ruleViolated("accounts.commission.required", role.name());
        }
        if (!role.isLocal() && commission != null) {
            throw DomainProblem.ruleViolated("accounts.commission.forbidden", role.name());
        }
    }

    boolean isLocal() {
        return commission != null;
    }
}
