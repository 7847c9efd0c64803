package org.coordina.internationalcooperation.internal.web;

import java.time.Instant;
import java.util.List;

import org.coordina.sharedkernel.persistence.FieldChange;
import org.coordina.sharedkernel.persistence.HistoryEntry;

/** One recorded change: what happened, which fields changed, why, who and when. */
record HistoryView(long version, String action, List<FieldChange> changes, String reason, String changedBy,
        Instant changedAt) {

    static List<HistoryView> of(List<HistoryEntry> entries) {
        return entries.stream().map(entry -> new HistoryView(entry.aggregateVersion(), entry.action(), entry.changes(),
                entry.reason(), entry.changedBy(), entry.changedAt())).toList();
    }
}
