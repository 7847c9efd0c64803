package org.coordina.regionalcommissions.internal.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST/PUT .../members}: a member as the secretary records them; {@code leftOn} marks a departure. */
record MemberRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String institution,
        @NotBlank @Size(max = 200) String position, @Email @Size(max = 254) String email,
        @Size(max = 32) @Pattern(regexp = WebConstraints.PHONE) String phone, @NotNull LocalDate joinedOn,
        LocalDate leftOn) {
}
