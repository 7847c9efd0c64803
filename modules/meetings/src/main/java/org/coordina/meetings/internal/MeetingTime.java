package org.coordina.meetings.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.coordina.sharedkernel.domain.DomainProblem;

/**
 * When a meeting takes place: local start and end in a time zone (Europe/Sofia unless said otherwise),
 * the way people agree on a meeting's time; the instants follow from them.
 */
public record MeetingTime(LocalDateTime startsAt, LocalDateTime endsAt, ZoneId zone) {

    /** The zone of a meeting whose zone is not given. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Sofia");

    /** Refuses a meeting without a start or end, or that ends before it starts. */
    public MeetingTime {
        if (startsAt == null || endsAt == null) {
            throw DomainProblem.ruleViolated("meetings.time.required");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw DomainProblem.ruleViolated("meetings.time.endBeforeStart", endsAt, startsAt);
        }
        zone = zone == null ? DEFAULT_ZONE : zone;
    }

    /** The time with a zone given by its id ({@code null}: Europe/Sofia); an unknown zone is refused. */
    public static MeetingTime of(LocalDateTime startsAt, LocalDateTime endsAt, String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return new MeetingTime(startsAt, endsAt, null);
        }
        try {
            return new MeetingTime(startsAt, endsAt, ZoneId.of(zoneId.strip()));
        }
        catch (DateTimeException e) {
            throw DomainProblem.ruleViolated("meetings.time.unknownZone", zoneId);
        }
    }

    /** The instant the meeting starts. */
    public Instant start() {
        return startsAt.atZone(zone).toInstant();
    }

    /** Whether a session planned for these local times lies within the meeting. */
    boolean covers(LocalDateTime from, LocalDateTime to) {
        return (from == null || !from.isBefore(startsAt) && !from.isAfter(endsAt))
                && (to == null || !to.isBefore(startsAt) && !to.isAfter(endsAt));
    }
}
