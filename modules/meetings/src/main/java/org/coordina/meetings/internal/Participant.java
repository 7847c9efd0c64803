package org.coordina.meetings.internal;

import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;

/**
 * Someone invited to a meeting: a name or a role placeholder (no personal data is needed), the
 * institution or commission they come from, their role and whether they attended. The id stays while
 * the list is edited.
 */
public record Participant(UUID id, String name, String institution, CommissionCode commission,
        ParticipantRole role, Attendance attendance) {

    /** Refuses a participant without a name; the role defaults to expert, attendance to unknown. */
    public Participant {
        name = MeetingDetails.required(name, "meetings.name.required");
        institution = MeetingDetails.blankToNull(institution);
        role = role == null ? ParticipantRole.EXPERT : role;
        attendance = attendance == null ? Attendance.UNKNOWN : attendance;
    }
}
