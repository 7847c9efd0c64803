package org.coordina.accounts.internal.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /users/{username}/password-reset}: the password an administrator sets. */
record ResetPasswordRequest(@NotNull(message = "{accounts.validation.required}")
        @Size(min = 12, max = 72, message = "{accounts.validation.password}") String newPassword) {

    @Override
    public String toString() {
        return "ResetPasswordRequest[…]";
    }
}
