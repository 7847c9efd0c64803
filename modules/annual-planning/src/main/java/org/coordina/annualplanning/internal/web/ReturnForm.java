package org.coordina.annualplanning.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The review's form that returns a plan: the reasons (the rules of {@link ReturnPlanRequest}) and the plan's version. */
record ReturnForm(@NotBlank @Size(max = 4000) String reasons, long version) {
}
