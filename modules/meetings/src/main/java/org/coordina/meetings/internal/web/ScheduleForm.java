package org.coordina.meetings.internal.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.meetings.internal.MeetingDetails;
import org.coordina.meetings.internal.MeetingTime;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The schedule page's form: the API request's rules, a day with start and end times in Europe/Sofia, and the invited
 * commissions as codes separated by commas.
 */
record ScheduleForm(@NotBlank @Size(max = 300) String titleBg, @NotBlank @Size(max = 300) String titleEn,
        @NotNull MeetingKind kind, @NotNull MeetingFormat format, @Size(max = 300) String place,
        @Size(max = 500) String onlineLink, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime endTime,
        @Size(max = 120) @Pattern(regexp = CODES) String invited) {

    /** Commission codes separated by commas (and spaces). */
    static final String CODES = "\\s*[A-Z]{3}(\\s*,\\s*[A-Z]{3})*\\s*";

    static ScheduleForm empty() {
        return new ScheduleForm(null, null, null, null, null, null, null, null, null, null);
    }

    MeetingDetails toDetails() {
        return new MeetingDetails(titleBg, titleEn, kind, format, place, onlineLink, invitedCodes(), null);
    }

    MeetingTime toTime() {
        return new MeetingTime(date.atTime(startTime), date.atTime(endTime), MeetingTimes.SOFIA);
    }

    private List<CommissionCode> invitedCodes() {
        return invited == null ? List.of()
                : Arrays.stream(invited.split(",")).map(String::strip).map(CommissionCode::parse).toList();
    }
}
