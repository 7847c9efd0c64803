package org.coordina.meetings.internal.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coordina.meetings.internal.Attendance;
import org.coordina.meetings.internal.ParticipantRole;
import org.coordina.sharedkernel.domain.CommissionCode;

/** The whole list of participants with their attendance; a participant without id is new. */
record ParticipantsRequest(@NotNull @Size(max = 500) List<@Valid @NotNull ParticipantRequest> participants) {

    /** One participant: a name or role placeholder, where they come from, their role and attendance. */
    record ParticipantRequest(UUID id, @NotBlank @Size(max = 200) String name, @Size(max = 300) String institution,
            CommissionCode commission, @NotNull ParticipantRole role, Attendance attendance) {
    }
}
