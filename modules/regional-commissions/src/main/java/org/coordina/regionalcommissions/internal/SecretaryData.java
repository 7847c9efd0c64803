package org.coordina.regionalcommissions.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The secretary and their institutional contacts as the API reads and writes them. */
record SecretaryData(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 32) @Pattern(regexp = WebConstraints.PHONE) String phone) {
}
