package org.coordina.annualplanning.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The backlog's form that declines a proposal: the reason (the rules of {@link ReasonRequest}) and its version. */
record DeclineForm(@NotBlank @Size(max = 2000) String reason, long version) {
}
