package org.coordina.meetings.internal.web;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new time for a planned meeting, and why it moves. */
record RescheduleRequest(@NotNull LocalDateTime startsAt, @NotNull LocalDateTime endsAt, @Size(max = 64) String zoneId,
        @Size(max = 2000) String reason) {
}
