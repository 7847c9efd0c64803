package org.coordina.meetings.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why (a cancellation). */
record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
}
