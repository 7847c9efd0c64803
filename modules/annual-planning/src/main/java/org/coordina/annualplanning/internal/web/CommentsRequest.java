package org.coordina.annualplanning.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST …/quarters/{q}/return}: why the national administration returns the report. */
record CommentsRequest(@NotBlank @Size(max = 4000) String comments) {
}
