package org.coordina.meetings.internal.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;

/** A new meeting: organiser, what, where and when (local times in {@code zoneId}, Europe/Sofia by default). */
record ScheduleMeetingRequest(@NotNull Party organiser, @NotBlank @Size(max = 300) String titleBg,
        @NotBlank @Size(max = 300) String titleEn, @NotNull MeetingKind kind, @NotNull MeetingFormat format,
        @Size(max = 300) String place, @Size(max = 500) String onlineLink, @NotNull LocalDateTime startsAt,
        @NotNull LocalDateTime endsAt, @Size(max = 64) String zoneId,
        @Size(max = 20) List<@NotNull CommissionCode> invited, UUID followUpOf) {
}
