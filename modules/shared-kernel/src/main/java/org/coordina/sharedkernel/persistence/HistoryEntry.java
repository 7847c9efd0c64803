package org.coordina.sharedkernel.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One recorded change of an aggregate: what happened, which fields changed, why, who and when. */
public record HistoryEntry(String aggregateType, UUID aggregateId, long aggregateVersion, String action,
        List<FieldChange> changes, String reason, String changedBy, Instant changedAt) {
}
