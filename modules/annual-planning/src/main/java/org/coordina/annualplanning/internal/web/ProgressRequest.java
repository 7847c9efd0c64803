package org.coordina.annualplanning.internal.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.coordina.annualplanning.events.ActivityStatus;

/** {@code PUT …/quarters/{q}/activities/{activityId}}: what the owner reports about the activity in the quarter. */
record ProgressRequest(@NotNull ActivityStatus status, @Size(max = 4000) String narrative,
        @PositiveOrZero @Max(100_000_000) Integer peopleReached,
        @Size(max = 20) List<@NotBlank @Size(max = 1000) String> evidence,
        @Size(max = 50) List<@NotNull @Valid IndicatorValueRequest> indicatorValues) {
}
