package org.coordina.annualplanning.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reason a transition asks for (declining a proposal). */
record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
}
