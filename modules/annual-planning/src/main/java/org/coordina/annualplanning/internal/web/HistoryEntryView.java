package org.coordina.annualplanning.internal.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One recorded change: of what, at which version, what happened, which fields changed, why, who and when. */
record HistoryEntryView(String type, UUID id, long version, String action, List<ChangeView> changes, String reason,
        String who, Instant when) {

    /** A field that went from one value to another (as text). */
    record ChangeView(String field, String from, String to) {
    }
}
