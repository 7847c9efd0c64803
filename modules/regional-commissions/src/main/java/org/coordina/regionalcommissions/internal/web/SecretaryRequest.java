package org.coordina.regionalcommissions.internal.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code PUT /commissions/{code}/secretary} (and part of establishing): the secretary and their institutional contacts. */
record SecretaryRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 32) @Pattern(regexp = WebConstraints.PHONE) String phone) {
}
