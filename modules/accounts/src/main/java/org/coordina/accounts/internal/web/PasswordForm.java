package org.coordina.accounts.internal.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The account page's password reset, with the version the page was read at. */
record PasswordForm(@NotNull(message = "{accounts.validation.required}")
        @Size(min = 12, max = 72, message = "{accounts.validation.password}") String newPassword, long version) {

    @Override
    public String toString() {
        return "PasswordForm[…]";
    }
}
