package org.coordina.internationalcooperation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The projection of the commissions this module has heard of. */
interface RegisteredCommissionRepository extends Repository<RegisteredCommission, UUID> {

    /**
     * Inserts the commission or updates what the event says about it, unless the stored version is as new
     * or newer: events arrive at least once and in any order. A {@code null} name or status keeps the stored one.
     *
     * @return whether the row changed
     */
    @Modifying
    @Query("""
            INSERT INTO internationalcooperation.known_commission (id, code, name_bg, name_en, status, source_version, projected_at)
            VALUES (:id, :code, COALESCE(:nameBg, :code), COALESCE(:nameEn, :code), COALESCE(:status, 'ACTIVE'),
                    :sourceVersion, :projectedAt)
            ON CONFLICT (id) DO UPDATE
            SET code = EXCLUDED.code,
                name_bg = COALESCE(:nameBg, internationalcooperation.known_commission.name_bg),
                name_en = COALESCE(:nameEn, internationalcooperation.known_commission.name_en),
                status = COALESCE(:status, internationalcooperation.known_commission.status),
                source_version = EXCLUDED.source_version, projected_at = EXCLUDED.projected_at
            WHERE internationalcooperation.known_commission.source_version < EXCLUDED.source_version
            """)
    boolean upsert(UUID id, String code, String nameBg, String nameEn, String status, long sourceVersion,
            Instant projectedAt);

    /** The commissions with these codes that have not been dissolved. */
    @Query("SELECT * FROM internationalcooperation.known_commission WHERE code IN (:codes) AND status <> 'DISSOLVED'")
    List<RegisteredCommission> findUsable(Collection<String> codes);
}
