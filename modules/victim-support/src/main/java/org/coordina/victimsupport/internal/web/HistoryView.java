package org.coordina.victimsupport.internal.web;

import java.time.Instant;
import java.util.List;

import org.coordina.sharedkernel.persistence.HistoryEntry;

/** One recorded change: what happened, which fields changed (counts protected), why, who and when. */
record HistoryView(long version, String action, List<ChangeView> changes, String reason, String changedBy,
        Instant changedAt) {

    static HistoryView of(HistoryEntry entry) {
        return new HistoryView(entry.aggregateVersion(), entry.action(), entry.changes().stream()
                .map(change -> new ChangeView(change.field(), change.from(), change.to())).toList(), entry.reason(),
                entry.changedBy(), entry.changedAt());
    }

    /** A field's value before and after. */
    record ChangeView(String field, String from, String to) {
    }
}
