package org.coordina.annualplanning.internal;

import java.util.List;
import java.util.UUID;

import org.coordina.sharedkernel.persistence.FieldChange;
import org.coordina.sharedkernel.persistence.HistoryEntry;

/** Where the history of changes is kept: the module's {@code change_history} table, or a list in unit tests. */
interface HistoryStore {

    void record(String type, UUID id, long version, String action, List<FieldChange> changes, String reason);

    List<HistoryEntry> of(List<UUID> ids);
}
