package org.coordina.meetings.internal.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coordina.meetings.internal.Attendance;
import org.coordina.meetings.internal.Meeting;
import org.coordina.meetings.internal.Participant;

/**
 * The attendance page's form: one attendance per participant, in the order the page listed them, and the version the
 * page was read at (a participant added meanwhile moves the version, so the list cannot be misread).
 */
record AttendanceForm(@NotNull @Size(max = 500) List<@NotNull Attendance> attendance, long version) {

    static AttendanceForm of(Meeting meeting) {
        return new AttendanceForm(meeting.getParticipants().stream().map(Participant::attendance).toList(),
                meeting.getVersion());
    }

    /** The meeting's participants with the attendance of the form; null when the form does not fit them. */
    List<Participant> applyTo(List<Participant> participants) {
        if (attendance.size() != participants.size()) {
            return null;
        }
        var changed = new ArrayList<Participant>();
        for (int number = 0; number < participants.size(); number++) {
            var each = participants.get(number);
            changed.add(new Participant(each.id(), each.name(), each.institution(), each.commission(), each.role(),
                    attendance.get(number)));
        }
        return changed;
    }
}
