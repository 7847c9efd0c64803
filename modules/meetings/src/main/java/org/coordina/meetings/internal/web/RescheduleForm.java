package org.coordina.meetings.internal.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coordina.meetings.internal.Meeting;
import org.coordina.meetings.internal.MeetingTime;
import org.springframework.format.annotation.DateTimeFormat;

/** The reschedule page's form: the new day and times in Europe/Sofia, why, and the version the page was read at. */
record RescheduleForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime endTime, @Size(max = 2000) String reason, long version) {

    static RescheduleForm of(Meeting meeting) {
        var start = meeting.getStartsAt().atZone(meeting.getTime().zone()).withZoneSameInstant(MeetingTimes.SOFIA);
        var end = meeting.getEndsAt().atZone(meeting.getTime().zone()).withZoneSameInstant(MeetingTimes.SOFIA);
        return new RescheduleForm(start.toLocalDate(), start.toLocalTime(), end.toLocalTime(), null,
                meeting.getVersion());
    }

    MeetingTime toTime() {
        return new MeetingTime(date.atTime(startTime), date.atTime(endTime), MeetingTimes.SOFIA);
    }
}
