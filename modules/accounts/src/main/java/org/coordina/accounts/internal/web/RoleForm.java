package org.coordina.accounts.internal.web;

import jakarta.validation.constraints.NotNull;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.Role;

/** The account page's role form, with the version the page was read at. */
record RoleForm(@NotNull(message = "{accounts.validation.required}") Role role, CommissionCode commission, long version) {
}
