package org.coordina.accounts.internal.web;

import jakarta.validation.constraints.NotNull;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.Role;

/** {@code PUT /users/{username}/role}: the new role and, for a local role, its commission. */
record ChangeRoleRequest(@NotNull(message = "{accounts.validation.required}") Role role, CommissionCode commission) {
}
