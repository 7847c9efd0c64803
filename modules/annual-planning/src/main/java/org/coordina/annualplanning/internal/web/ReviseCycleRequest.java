package org.coordina.annualplanning.internal.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code PUT /planning-cycles/{year}}: the sections, objectives and deadlines that replace a draft cycle's. */
record ReviseCycleRequest(@NotNull @Valid DeadlinesRequest deadlines,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid SectionRequest> sections,
        @Size(max = 200) List<@NotNull @Valid ObjectiveRequest> objectives) {
}
