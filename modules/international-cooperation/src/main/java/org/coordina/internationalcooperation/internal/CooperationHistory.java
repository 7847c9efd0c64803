package org.coordina.internationalcooperation.internal;

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
 * The history of partners, agreements, activities, obligations and initiatives
 * ({@code internationalcooperation.change_history}), recorded by the services in the transaction of each change.
 */
@Repository
public class CooperationHistory {

    private final ChangeHistory history;

    CooperationHistory(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.history = new ChangeHistory(jdbc, json, clock, "internationalcooperation");
    }

    /** Records a new aggregate with all its fields. */
    void created(String type, UUID id, long version, String action, Map<String, ?> fields) {
        history.record(type, id, version, action, FieldChange.created(fields), null);
    }

    /** Records a change between two snapshots; nothing when no field changed and there is no reason to keep. */
    void changed(String type, UUID id, long version, String action, Map<String, ?> before, Map<String, ?> after,
            String reason) {
        var changes = FieldChange.between(before, after);
        if (!changes.isEmpty() || reason != null) {
            history.record(type, id, version, action, changes, reason);
        }
    }

    /** The changes of this aggregate, oldest first. */
    public List<HistoryEntry> of(UUID id) {
        return history.of(List.of(id));
    }
}
