package org.coordina.meetings.internal.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.sharedkernel.domain.CommissionCode;

/** What a planned meeting is about and where; its time changes by rescheduling. */
record MeetingDetailsRequest(@NotBlank @Size(max = 300) String titleBg, @NotBlank @Size(max = 300) String titleEn,
        @NotNull MeetingKind kind, @NotNull MeetingFormat format, @Size(max = 300) String place,
        @Size(max = 500) String onlineLink, @Size(max = 20) List<@NotNull CommissionCode> invited, UUID followUpOf) {
}
