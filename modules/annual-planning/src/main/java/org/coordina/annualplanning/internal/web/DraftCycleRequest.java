package org.coordina.annualplanning.internal.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /planning-cycles}: a new cycle; without deadlines, sections or objectives it gets the defaults
 * (the seven sections of the National Programme, plans due on 31 January).
 */
record DraftCycleRequest(@NotNull @Min(2000) @Max(2100) Integer year, @Valid DeadlinesRequest deadlines,
        @Size(min = 1, max = 30) List<@NotNull @Valid SectionRequest> sections,
        @Size(max = 200) List<@NotNull @Valid ObjectiveRequest> objectives) {
}
