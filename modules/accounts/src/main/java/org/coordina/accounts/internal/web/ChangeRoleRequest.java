package org.coordina.accounts.internal.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.coordina.sharedkernel.security.Role;

/** {@code PUT /users/{username}/role}: the new role and, for a local role, its commission. */
record ChangeRoleRequest(@NotNull(message = "{accounts.validation.required}") Role role,
        @Size(max = 3, message = "{accounts.validation.size}")
        @Pattern(regexp = "[A-Za-z]{3}", message = "{accounts.validation.commission}") String commission) {
}
