package org.coordina.annualplanning.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The write path of quarterly reporting, the busiest writer of the application: an entry read in one
 * statement, written back with a targeted, version-checked {@code UPDATE} of its row and only the indicator
 * values that changed, its events published into the registry in the same transaction (ADR 6).
 */
interface ProgressRecordingRepository {

    /** The activity's entry in the report with its indicator values, read in one statement. */
    Optional<ActivityProgress> findEntry(UUID reportId, UUID activityId);

    /**
     * Inserts a new entry (version 0) or updates a stored one if it still has its version, writes the indicator
     * values that differ from {@code storedValues} (those read with it), then publishes the entry's events;
     * a stale version, or a first entry of the activity created concurrently, is an optimistic locking failure.
     */
    ActivityProgress record(ActivityProgress entry, Set<IndicatorValue> storedValues);
}
