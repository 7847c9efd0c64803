package org.coordina.annualplanning.internal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST/PUT …/activities}: what the plan says about an activity. */
record ActivityRequest(@NotBlank @Size(max = 300) String titleBg, @NotBlank @Size(max = 300) String titleEn,
        @Size(max = 4000) String description, @NotBlank @Size(max = 8) String sectionCode,
        @Size(max = 16) String objectiveCode, UUID servesActivityId,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> responsible,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> partners, @Valid FinancingRequest financing,
        LocalDate startsOn, LocalDate deadline, @Size(max = 4) List<@NotNull @Min(1) @Max(4) Integer> plannedQuarters,
        @Size(max = 4000) String expectedOutcomes, @Size(max = 20) List<@NotNull @Valid IndicatorRequest> indicators) {
}
