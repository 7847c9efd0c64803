package org.coordina.testsupport;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coordina.sharedkernel.commissions.CommissionState;
import org.coordina.sharedkernel.commissions.RegisteredCommission;
import org.coordina.sharedkernel.commissions.RegisteredCommissionRepository;

/** A module's register of the commissions in a map, with the upsert's rules (newer versions win, nulls keep). */
public class InMemoryRegisteredCommissions implements RegisteredCommissionRepository {

    /** The rows by commission id, for tests that look at what was projected. */
    public final Map<UUID, RegisteredCommission> rows = new LinkedHashMap<>();

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
                status != null ? CommissionState.valueOf(status)
                        : stored != null ? stored.status() : CommissionState.ACTIVE,
                sourceVersion, projectedAt));
        return true;
    }

    @Override
    public List<RegisteredCommission> findUsable(Collection<String> codes) {
        return rows.values().stream().filter(row -> codes.contains(row.code()))
                .filter(row -> row.status() != CommissionState.DISSOLVED).toList();
    }

    @Override
    public List<RegisteredCommission> findActive() {
        return rows.values().stream().filter(row -> row.status() == CommissionState.ACTIVE)
                .sorted(Comparator.comparing(RegisteredCommission::code)).toList();
    }

    @Override
    public List<RegisteredCommission> findByCode(String code) {
        return rows.values().stream().filter(row -> row.code().equals(code)).toList();
    }
}
