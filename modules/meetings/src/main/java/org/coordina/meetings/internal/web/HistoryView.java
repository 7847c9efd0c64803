package org.coordina.meetings.internal.web;

import java.time.Instant;
import java.util.List;

/** One recorded change of a meeting: what happened, which fields changed, why, who and when. */
record HistoryView(long version, String action, List<FieldChangeView> changes, String reason, String changedBy,
        Instant changedAt) {

    /** A field's value before and after. */
    record FieldChangeView(String field, String from, String to) {
    }
}
