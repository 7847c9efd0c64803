package org.coordina.regionalcommissions.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The chair (office and institution) as the API reads and writes it. */
record ChairData(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 200) String institution) {
}
