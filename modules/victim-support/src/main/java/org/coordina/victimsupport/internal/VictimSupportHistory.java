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

    /** Records a change between two snapshots; nothing when no field changed and there is no reason to keep. */
    void changed(String type, UUID id, long version, String action, Map<String, ?> before, Map<String, ?> after,
            String reason) {
        var changes = FieldChange.between(before, after);
        if (!changes.isEmpty() || reason != null) {
            history.record(type, id, version, action, changes, reason);
        }
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
