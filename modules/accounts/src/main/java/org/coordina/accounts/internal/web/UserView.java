package org.coordina.accounts.internal.web;

import java.time.Instant;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.Role;

/** An account as administrators see it; never the password hash. */
record UserView(String username, String displayName, String email, Role role, CommissionCode commission,
        boolean enabled, Instant createdAt, Instant lastModifiedAt) {
}
