package org.coordina.meetings.internal;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;

/**
 * What a meeting is about and where: titles, kind, format with its place and/or link, the invited
 * commissions (each once, by code) and the meeting it follows up, if any. The format decides what is
 * needed: a link online, a place in person, both when hybrid.
 */
public record MeetingDetails(String titleBg, String titleEn, MeetingKind kind, MeetingFormat format, String place,
        String onlineLink, List<CommissionCode> invited, UUID followUpOf) {

    /** Refuses missing titles, kind or format, and a place or link the format needs but lacks. */
    public MeetingDetails {
        titleBg = required(titleBg, "meetings.title.required");
        titleEn = required(titleEn, "meetings.title.required");
        if (kind == null || format == null) {
            throw DomainProblem.ruleViolated("meetings.kindAndFormat.required");
        }
        place = blankToNull(place);
        onlineLink = blankToNull(onlineLink);
        if (format != MeetingFormat.IN_PERSON && onlineLink == null) {
            throw DomainProblem.ruleViolated("meetings.format.linkRequired", format);
        }
        if (format != MeetingFormat.ONLINE && place == null) {
            throw DomainProblem.ruleViolated("meetings.format.placeRequired", format);
        }
        if (onlineLink != null && !onlineLink.matches("https?://\\S+")) {
            throw DomainProblem.ruleViolated("meetings.format.badLink", onlineLink);
        }
        invited = invited == null ? List.of()
                : invited.stream().distinct().sorted(Comparator.comparing(CommissionCode::value)).toList();
    }

    static String required(String text, String messageCode) {
        if (text == null || text.isBlank()) {
            throw DomainProblem.ruleViolated(messageCode);
        }
        return text.strip();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
