package org.coordina.annualplanning.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The projection of the commissions this module has heard of. */
// Named: accounts has a repository of the same simple name, and bean names come from simple names.
@org.springframework.stereotype.Repository("annualPlanningKnownCommissionRepository")
interface KnownCommissionRepository extends Repository<KnownCommission, UUID> {

    /**
     * Inserts the commission or updates what the event says about it, unless the stored version is as new
     * or newer: events arrive at least once and in any order. A {@code null} name or status keeps the stored one.
     *
     * @return whether the row changed
     */
    @Modifying
    @Query("""
            INSERT INTO annualplanning.known_commission (id, code, name_bg, name_en, status, source_version, projected_at)
            VALUES (:id, :code, COALESCE(:nameBg, :code), COALESCE(:nameEn, :code), COALESCE(:status, 'ACTIVE'),
                    :sourceVersion, :projectedAt)
            ON CONFLICT (id) DO UPDATE
            SET code = EXCLUDED.code,
                name_bg = COALESCE(:nameBg, annualplanning.known_commission.name_bg),
                name_en = COALESCE(:nameEn, annualplanning.known_commission.name_en),
                status = COALESCE(:status, annualplanning.known_commission.status),
                source_version = EXCLUDED.source_version, projected_at = EXCLUDED.projected_at
            WHERE annualplanning.known_commission.source_version < EXCLUDED.source_version
            """)
    boolean upsert(UUID id, String code, String nameBg, String nameEn, String status, long sourceVersion,
            Instant projectedAt);

    /** The active commissions, by code: those that get a plan when a cycle opens. */
    @Query("SELECT * FROM annualplanning.known_commission WHERE status = 'ACTIVE' ORDER BY code")
    List<KnownCommission> findActive();

    @Query("SELECT * FROM annualplanning.known_commission WHERE code = :code")
    List<KnownCommission> findByCode(String code);
}
