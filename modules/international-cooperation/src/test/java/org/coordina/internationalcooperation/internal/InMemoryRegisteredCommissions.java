package org.coordina.internationalcooperation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;

/** The projection of the commissions in a map, with the upsert's rules (newer versions win, nulls keep). */
class InMemoryRegisteredCommissions implements RegisteredCommissionRepository {

    final Map<UUID, RegisteredCommission> rows = new LinkedHashMap<>();

    @Override
    public boolean upsert(UUID id, String code, String nameBg, String nameEn, String status, long sourceVersion,
            Instant projectedAt) {
        var stored = rows.get(id);
        if (stored != null && stored.sourceVersion() >= sourceVersion) {
            return false;
        }
        rows.put(id, new RegisteredCommission(id, code,
                nameBg != null ? nameBg : stored != null ? stored.nameBg() : code,
                nameEn != null ? nameEn : stored != null ? stored.nameEn() : code,
                status != null ? CommissionStatus.valueOf(status)
                        : stored != null ? stored.status() : CommissionStatus.ACTIVE,
                sourceVersion, projectedAt));
        return true;
    }

    @Override
    public List<RegisteredCommission> findUsable(Collection<String> codes) {
        return rows.values().stream().filter(row -> codes.contains(row.code()))
                .filter(row -> row.status() != CommissionStatus.DISSOLVED).toList();
    }
}
