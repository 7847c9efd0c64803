package org.coordina.meetings.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.coordina.sharedkernel.domain.DomainProblem;

/**
 * One item of a meeting's agenda: the opening, a working session or the closing, with its purpose,
 * moderator, speakers, planned times and the items it discusses (a commission's trend report…).
 */
public record Session(SessionPart part, String titleBg, String titleEn, String purpose, String moderator,
        LocalDateTime startsAt, LocalDateTime endsAt, List<Speaker> speakers, List<LinkedItem> links) {

    /** Refuses a session without titles or that ends before it starts. */
    public Session {
        part = part == null ? SessionPart.SESSION : part;
        titleBg = MeetingDetails.required(titleBg, "meetings.title.required");
        titleEn = MeetingDetails.required(titleEn, "meetings.title.required");
        purpose = MeetingDetails.blankToNull(purpose);
        moderator = MeetingDetails.blankToNull(moderator);
        if (startsAt != null && endsAt != null && endsAt.isBefore(startsAt)) {
            throw DomainProblem.ruleViolated("meetings.agenda.sessionEndsBeforeStart", titleEn);
        }
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        links = links == null ? List.of() : List.copyOf(links);
    }
}
