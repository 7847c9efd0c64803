package org.coordina.annualplanning.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST …/plans/{owner}/reopen}: why an approved plan is opened for changes again. */
record ReopenPlanRequest(@NotBlank @Size(max = 4000) String reason) {
}
