package org.coordina.meetings.internal.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.coordina.sharedkernel.domain.Party;

/** An action item a held meeting agrees; {@code sectionCode} is a programme section such as {@code II}. */
record ActionItemRequest(@NotBlank @Size(max = 2000) String descriptionBg,
        @NotBlank @Size(max = 2000) String descriptionEn, @NotNull Party responsible,
        LocalDate dueDate, @NotNull @Min(2000) @Max(2100) Integer targetYear,
        @Pattern(regexp = "[IVX]{1,6}") String sectionCode) {
}
