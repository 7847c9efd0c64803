package org.coordina.annualplanning.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.coordina.sharedkernel.persistence.FieldChange;
import org.coordina.sharedkernel.persistence.HistoryEntry;

/** The change history in a list, recorded by "tester" at the clock's time. */
class InMemoryHistory implements HistoryStore {

    final List<HistoryEntry> entries = new ArrayList<>();

    private final Clock clock;

    InMemoryHistory(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void record(String type, UUID id, long version, String action, List<FieldChange> changes, String reason) {
        entries.add(new HistoryEntry(type, id, version, action, changes, reason, "tester", clock.instant()));
    }

    @Override
    public List<HistoryEntry> of(List<UUID> ids) {
        return entries.stream().filter(entry -> ids.contains(entry.aggregateId())).toList();
    }

    /** The actions recorded for this aggregate, oldest first. */
    List<String> actionsOf(UUID id) {
        return of(List.of(id)).stream().map(HistoryEntry::action).toList();
    }

    /** The actions recorded for aggregates of this type, oldest first. */
    List<String> actions(String type) {
        return entries.stream().filter(entry -> entry.aggregateType().equals(type)).map(HistoryEntry::action).toList();
    }

    HistoryEntry last() {
        return entries.get(entries.size() - 1);
    }
}
