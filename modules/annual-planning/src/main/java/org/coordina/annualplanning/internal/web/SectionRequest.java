package org.coordina.annualplanning.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A programme section with its strategic objective. */
record SectionRequest(@NotBlank @Pattern(regexp = WebConstraints.CODE) @Size(max = 8) String code,
        @NotBlank @Size(max = 300) String titleBg, @NotBlank @Size(max = 300) String titleEn,
        @NotBlank @Size(max = 2000) String strategicObjectiveBg, @NotBlank @Size(max = 2000) String strategicObjectiveEn) {
}
