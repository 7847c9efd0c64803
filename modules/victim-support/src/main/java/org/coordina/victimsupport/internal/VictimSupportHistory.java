package org.coordina.victimsupport.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coordina.sharedkernel.persistence.ChangeHistory;
import org.coordina.sharedkernel.persistence.FieldChange;
import org.coordina.sharedkernel.persistence.HistoryEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of the module's aggregates ({@code victimsupport.change_history}): the services record each
 * change, with its reason, in the transaction that makes it. A persistence adapter over the shared
 * kernel's {@link ChangeHistory}.
 */
@Repository
class VictimSupportHistory {

    private final ChangeHistory history;

    VictimSupportHistory(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.history = new ChangeHistory(jdbc, json, clock, "victimsupport");
    }

    /**
     * Records a saved change between two snapshots, even when the protected snapshots look alike (a small
     * count changed within the suppressed range): that something changed, who and when, stays on record.
     */
    void changed(String type, UUID id, long version, String action, Map<String, ?> before, Map<String, ?> after,
            String reason) {
        history.record(type, id, version, action, FieldChange.between(before, after), reason);
    }

    /** Records a new aggregate with all its fields. */
    void created(String type, UUID id, long version, String action, Map<String, ?> fields) {
        history.record(type, id, version, action, FieldChange.created(fields), null);
    }

    /** The changes of this aggregate, oldest first. */
    List<HistoryEntry> of(UUID id) {
        return history.of(List.of(id));
    }
}
