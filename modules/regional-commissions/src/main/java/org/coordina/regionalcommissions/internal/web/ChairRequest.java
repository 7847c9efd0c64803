package org.coordina.regionalcommissions.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The chair (office and institution) of a commission, as a request sets it. */
record ChairRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 200) String institution) {
}
