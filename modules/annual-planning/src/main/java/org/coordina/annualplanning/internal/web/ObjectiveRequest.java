package org.coordina.annualplanning.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An operational objective of a programme section. */
record ObjectiveRequest(@NotBlank @Size(max = 8) String sectionCode,
        @NotBlank @Pattern(regexp = WebConstraints.CODE) @Size(max = 16) String code,
        @NotBlank @Size(max = 2000) String textBg, @NotBlank @Size(max = 2000) String textEn) {
}
