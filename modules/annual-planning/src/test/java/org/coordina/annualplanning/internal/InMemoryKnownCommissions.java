package org.coordina.annualplanning.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;

/** The projection of the commissions in a map, with the upsert's rules: newer versions only, nulls keep values. */
class InMemoryKnownCommissions implements KnownCommissionRepository {

    final Map<UUID, KnownCommission> rows = new LinkedHashMap<>();

    @Override
    public boolean upsert(UUID id, String code, String nameBg, String nameEn, String status, long sourceVersion,
            Instant projectedAt) {
        var known = rows.get(id);
        if (known != null && known.sourceVersion() >= sourceVersion) {
            return false;
        }
        rows.put(id, new KnownCommission(id, code, or(nameBg, known == null ? code : known.nameBg()),
                or(nameEn, known == null ? code : known.nameEn()),
                status != null ? CommissionStatus.valueOf(status) : known == null ? CommissionStatus.ACTIVE : known.status(),
                sourceVersion, projectedAt));
        return true;
    }

    @Override
    public List<KnownCommission> findActive() {
        return rows.values().stream().filter(commission -> commission.status() == CommissionStatus.ACTIVE)
                .sorted(Comparator.comparing(KnownCommission::code)).toList();
    }

    @Override
    public List<KnownCommission> findByCode(String code) {
        return rows.values().stream().filter(commission -> commission.code().equals(code)).toList();
    }

    private static String or(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
