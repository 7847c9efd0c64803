package org.coordina.annualplanning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what other modules' work (support activities, cooperation activities) contributed to an
 * activity, for the listeners of their events: once per event, however often it arrives. A contribution
 * counts in the quarter it occurred in; one for an unknown activity, or outside the activity's year, is
 * ignored (a listener must not fail forever on it).
 */
@Service
@Transactional
class Contributions {

    private final ContributionRepository contributions;

    private final Clock clock;

    Contributions(ContributionRepository contributions, Clock clock) {
        this.contributions = contributions;
        this.clock = clock;
    }

    /** Stores the contribution unless this event was recorded already; tells whether it stored it. */
    boolean record(UUID eventId, UUID activityId, String source, UUID sourceId, LocalDate occurredOn,
            Integer peopleReached, String summary) {
        return contributions.insert(eventId, activityId, source, sourceId, occurredOn, quarterOf(occurredOn),
                peopleReached, summary, clock.instant());
    }

    static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }
}
