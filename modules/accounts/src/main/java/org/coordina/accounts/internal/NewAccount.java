package org.coordina.accounts.internal;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.Role;

/** What an administrator decides when opening an account. */
public record NewAccount(String username, String displayName, String email, Role role, CommissionCode commission,
        String initialPassword) {

    @Override
    public String toString() {
        return "NewAccount[" + username + ", " + role + ", " + commission + "]";
    }
}
