package org.coordina.accounts.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /users/{username}/api-keys}: the name by which the integrator tells the key apart. */
record CreateApiKeyRequest(@NotBlank(message = "{accounts.validation.required}")
        @Size(max = 100, message = "{accounts.validation.size}") String name) {
}
