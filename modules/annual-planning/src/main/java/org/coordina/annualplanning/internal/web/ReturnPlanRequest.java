package org.coordina.annualplanning.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST …/plans/{owner}/return}: why the plan goes back to its owner. */
record ReturnPlanRequest(@NotBlank @Size(max = 4000) String reasons) {
}
