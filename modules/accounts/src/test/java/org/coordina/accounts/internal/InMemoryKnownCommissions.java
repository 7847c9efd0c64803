package org.coordina.accounts.internal;

import org.coordina.testsupport.InMemoryRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;

/** The commission projection in a map, with the upsert's rule: only a newer version changes a row. */
class InMemoryKnownCommissions implements KnownCommissionRepository {

    private final Map<UUID, KnownCommission> rows = new LinkedHashMap<>();

    @Override
    public boolean upsert(UUID id, String code, String status, long sourceVersion, Instant projectedAt) {
        var stored = rows.get(id);
        if (stored != null && stored.sourceVersion() >= sourceVersion) {
            return false;
        }
        rows.put(id, new KnownCommission(id, code, CommissionStatus.valueOf(status), sourceVersion, projectedAt));
        return true;
    }

    @Override
    public List<KnownCommission> findByCode(String code) {
        return rows.values().stream().filter(row -> row.code().equals(code)).toList();
    }

    @Override
    public Optional<KnownCommission> findById(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<KnownCommission> findAll() {
        return List.copyOf(rows.values());
    }
}
