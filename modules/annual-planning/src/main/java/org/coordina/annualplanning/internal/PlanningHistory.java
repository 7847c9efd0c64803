package org.coordina.annualplanning.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coordina.sharedkernel.persistence.ChangeHistory;
import org.coordina.sharedkernel.persistence.FieldChange;
import org.coordina.sharedkernel.persistence.HistoryEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of annual planning's cycles, plans, activities and reports ({@code annualplanning.change_history}):
 * the services record each change in the transaction that makes it. A persistence adapter over the shared
 * kernel's {@link ChangeHistory}.
 */
@Repository
public class PlanningHistory {

    private final HistoryStore store;

    @Autowired
    PlanningHistory(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this(tableOf(new ChangeHistory(jdbc, json, clock, "annualplanning")));
    }

    /** A history kept elsewhere (a list, in unit tests). */
    PlanningHistory(HistoryStore store) {
        this.store = store;
    }

    /** Records a change between two snapshots; nothing when no field changed and there is no reason to keep. */
    void changed(String type, UUID id, long version, String action, Map<String, ?> before, Map<String, ?> after,
            String reason) {
        var changes = FieldChange.between(before, after);
        if (!changes.isEmpty() || reason != null) {
            store.record(type, id, version, action, changes, reason);
        }
    }

    /** Records a new aggregate with all its fields. */
    void created(String type, UUID id, long version, Map<String, ?> fields) {
        store.record(type, id, version, "created", FieldChange.created(fields), null);
    }

    /** The changes of these aggregates, oldest first. */
    public List<HistoryEntry> of(List<UUID> ids) {
        return store.of(ids);
    }

    private static HistoryStore tableOf(ChangeHistory history) {
        return new HistoryStore() {

            @Override
            public void record(String type, UUID id, long version, String action, List<FieldChange> changes,
                    String reason) {
                history.record(type, id, version, action, changes, reason);
            }

            @Override
            public List<HistoryEntry> of(List<UUID> ids) {
                return history.of(ids);
            }
        };
    }
}
