package org.coordina.accounts.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The account page's form for a new API key: the name the integrator tells it apart by. */
record ApiKeyForm(@NotBlank(message = "{accounts.validation.required}")
        @Size(max = 100, message = "{accounts.validation.size}") String name) {
}
