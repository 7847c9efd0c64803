package org.coordina.accounts.internal.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.Role;

/** The form that opens an account: the same rules as {@link CreateUserRequest}. */
record NewUserForm(
        @NotBlank(message = "{accounts.validation.required}")
        @Size(min = 3, max = 64, message = "{accounts.validation.username}")
        @Pattern(regexp = "[a-z0-9._-]*", message = "{accounts.validation.username}") String username,
        @NotBlank(message = "{accounts.validation.required}")
        @Size(max = 200, message = "{accounts.validation.size}") String displayName,
        @NotBlank(message = "{accounts.validation.required}")
        @Size(max = 254, message = "{accounts.validation.size}")
        @Email(message = "{accounts.validation.email}") String email,
        @NotNull(message = "{accounts.validation.required}") Role role,
        CommissionCode commission,
        @NotNull(message = "{accounts.validation.required}")
        @Size(min = 12, max = 72, message = "{accounts.validation.password}") String initialPassword) {

    @Override
    public String toString() {
        return "NewUserForm[" + username + ", " + role + ", " + commission + "]";
    }
}
