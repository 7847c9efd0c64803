package org.coordina.accounts.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.coordina.sharedkernel.security.Role;

/** The request bodies of the accounts API, each validated before anything is written. */
final class UserRequests {

    private UserRequests() {
    }

    /** {@code POST /users}. */
    record CreateUser(
            @NotBlank(message = "{accounts.validation.required}")
            @Size(min = 3, max = 64, message = "{accounts.validation.username}")
            @Pattern(regexp = "[a-z0-9._-]*", message = "{accounts.validation.username}") String username,
            @NotBlank(message = "{accounts.validation.required}")
            @Size(max = 200, message = "{accounts.validation.size}") String displayName,
            @NotBlank(message = "{accounts.validation.required}")
            @Size(max = 254, message = "{accounts.validation.size}")
            @Email(message = "{accounts.validation.email}") String email,
            @NotNull(message = "{accounts.validation.required}") Role role,
            @Size(max = 3, message = "{accounts.validation.size}")
            @Pattern(regexp = "[A-Za-z]{3}", message = "{accounts.validation.commission}") String commission,
            @NotNull(message = "{accounts.validation.required}")
            @Size(min = 12, max = 72, message = "{accounts.validation.password}") String initialPassword) {

        NewAccount toNewAccount() {
            return new NewAccount(username, displayName, email, role, commission, initialPassword);
        }

        @Override
        public String toString() {
            return "CreateUser[" + username + ", " + role + ", " + commission + "]";
        }
    }

    /** {@code PUT /users/{username}/role}. */
    record ChangeRole(@NotNull(message = "{accounts.validation.required}") Role role,
            @Size(max = 3, message = "{accounts.validation.size}") @Pattern(regexp = "[A-Za-z]{3}", message = "{accounts.validation.commission}") String commission) {
    }

    /** {@code POST /users/{username}/password-reset}. */
    record ResetPassword(@NotNull(message = "{accounts.validation.required}")
            @Size(min = 12, max = 72, message = "{accounts.validation.password}") String newPassword) {

        @Override
        public String toString() {
            return "ResetPassword[…]";
        }
    }

    /** {@code POST /users/{username}/api-keys}. */
    record CreateApiKey(@NotBlank(message = "{accounts.validation.required}")
            @Size(max = 100, message = "{accounts.validation.size}") String name) {
    }

    /** {@code PUT /me/password}: the current password proves it is the user asking. */
    record ChangeOwnPassword(@NotNull(message = "{accounts.validation.required}")
            @Size(max = 72, message = "{accounts.validation.size}") String oldPassword,
            @NotNull(message = "{accounts.validation.required}")
            @Size(min = 12, max = 72, message = "{accounts.validation.password}") String newPassword) {

        @Override
        public String toString() {
            return "ChangeOwnPassword[…]";
        }
    }
}
