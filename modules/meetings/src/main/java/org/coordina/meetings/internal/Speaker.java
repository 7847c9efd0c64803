package org.coordina.meetings.internal;

import org.coordina.sharedkernel.domain.CommissionCode;

/** Who speaks in a session: a name or role placeholder, the role, and the commission they speak for, if any. */
public record Speaker(String name, String role, CommissionCode commission) {

    /** Refuses a speaker without a name. */
    public Speaker {
        name = MeetingDetails.required(name, "meetings.name.required");
        role = MeetingDetails.blankToNull(role);
    }
}
