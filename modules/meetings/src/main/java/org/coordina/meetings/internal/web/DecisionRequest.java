package org.coordina.meetings.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A decision of a held meeting. */
record DecisionRequest(@NotBlank @Size(max = 4000) String textBg, @NotBlank @Size(max = 4000) String textEn) {
}
