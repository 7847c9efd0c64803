package org.coordina.accounts.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.security.Role;

/**
 * A role and, for the local roles, the commission it is bound to: a local role needs exactly one
 * commission, every other role none.
 */
public record RoleAssignment(Role role, String commissionCode) {

    private static final Pattern COMMISSION_CODE = Pattern.compile("[A-Z]{3}");

    public RoleAssignment {
        if (role == null) {
            throw DomainProblem.ruleViolated("accounts.role.required");
        }
        commissionCode = commissionCode == null || commissionCode.isBlank() ? null
                : commissionCode.trim().toUpperCase(Locale.ROOT);
        if (role.isLocal() && commissionCode == null) {
            throw DomainProblem.ruleViolated("accounts.commission.required", role.name());
        }
        if (!role.isLocal() && commissionCode != null) {
            throw DomainProblem.ruleViolated("accounts.commission.forbidden", role.name());
        }
        if (commissionCode != null && !COMMISSION_CODE.matcher(commissionCode).matches()) {
            throw DomainProblem.ruleViolated("accounts.commission.malformed", commissionCode);
        }
    }

    boolean isLocal() {
        return commissionCode != null;
    }
}
