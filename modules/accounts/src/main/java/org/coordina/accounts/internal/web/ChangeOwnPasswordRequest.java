package org.coordina.accounts.internal.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code PUT /me/password}: the current password proves it is the user asking. */
record ChangeOwnPasswordRequest(@NotNull(message = "{accounts.validation.required}")
        @Size(max = 72, message = "{accounts.validation.size}") String oldPassword,
        @NotNull(message = "{accounts.validation.required}")
        @Size(min = 12, max = 72, message = "{accounts.validation.password}") String newPassword) {

    @Override
    public String toString() {
        return "ChangeOwnPasswordRequest[…]";
    }
}
