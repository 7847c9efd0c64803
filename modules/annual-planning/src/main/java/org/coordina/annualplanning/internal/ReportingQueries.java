package org.coordina.annualplanning.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.sharedkernel.domain.Party;

/**
 * The small queries quarterly reporting runs instead of loading whole plans: the report's gate for a
 * progress change, an activity's indicator ids, and the count of a plan's activities by reported status.
 */
interface ReportingQueries {

    /** The report of this owner's plan on this quarter with its cycle's status, its row locked {@code FOR SHARE}. */
    Optional<ReportGate> lockReport(int year, Party owner, int quarter);

    /** The indicator ids of this activity of this plan; empty when the plan has no such activity. */
    Optional<Set<UUID>> indicatorsOf(UUID planId, UUID activityId);

    /** As {@link #indicatorsOf}, with the activity's row locked ({@code FOR NO KEY UPDATE}) until the transaction ends. */
    Optional<Set<UUID>> lockIndicatorsOf(UUID planId, UUID activityId);

    /** The plan's activities by their status in this report; activities without progress count as NOT_STARTED. */
    Map<ActivityStatus, Integer> countByStatus(UUID planId, UUID reportId);

    /**
     * Takes the overdue job's advisory lock for the current transaction; false when another instance holds
     * it (that instance does the round).
     */
    boolean tryLockOverdueRound();
}
