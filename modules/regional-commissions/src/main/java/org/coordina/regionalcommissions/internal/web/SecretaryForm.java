package org.coordina.regionalcommissions.internal.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.coordina.regionalcommissions.internal.Commission;
import org.coordina.regionalcommissions.internal.Secretary;

/** The secretary page's form: the same rules as {@link SecretaryRequest}, and the version the page was read at. */
record SecretaryForm(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 32) @Pattern(regexp = WebConstraints.PHONE) String phone, long version) {

    static SecretaryForm of(Commission commission) {
        var secretary = commission.getSecretary();
        return secretary == null ? new SecretaryForm(null, null, null, commission.getVersion())
                : new SecretaryForm(secretary.name(), secretary.email(), secretary.phone(), commission.getVersion());
    }

    Secretary toSecretary() {
        return new Secretary(name, email, phone);
    }
}
