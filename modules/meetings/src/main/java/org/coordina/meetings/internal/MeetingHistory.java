package org.coordina.meetings.internal;

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
 * The history of the meetings ({@code meetings.change_history}): the service records each change, with
 * its reason, in the transaction that makes it. A persistence adapter over the shared kernel's
 * {@link ChangeHistory}.
 */
@Repository
class MeetingHistory {

    private final ChangeHistory history;

    MeetingHistory(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.history = new ChangeHistory(jdbc, json, clock, "meetings");
    }

    /** Records a change between two snapshots; nothing when no field changed and there is no reason to keep. */
    void changed(UUID id, long version, String action, Map<String, ?> before, Map<String, ?> after, String reason) {
        var changes = FieldChange.between(before, after);
        if (!changes.isEmpty() || reason != null) {
            history.record("Meeting", id, version, action, changes, reason);
        }
    }

    /** Records a new meeting with all its fields. */
    void created(UUID id, long version, Map<String, ?> fields) {
        history.record("Meeting", id, version, "scheduled", FieldChange.created(fields), null);
    }

    /** The changes of this meeting, oldest first. */
    public List<HistoryEntry> of(UUID id) {
        return history.of(List.of(id));
    }
}
