package org.coordina.annualplanning.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST …/quarters/{q}/reopen}: why the national administration reopens an accepted report. */
record ReopenRequest(@NotBlank @Size(max = 4000) String reason) {
}
