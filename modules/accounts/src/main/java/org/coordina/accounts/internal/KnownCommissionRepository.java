package org.coordina.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The projection of the commissions this module has heard of. */
interface KnownCommissionRepository extends Repository<KnownCommission, UUID> {

    /**
     * Inserts the commission or updates it, unless the stored version is as new or newer: events
     * arrive at least once and in any order, so a redelivered or overtaken event changes nothing.
     *
     * @return whether the row changed
     */
    @Modifying
    @Query("""
            INSERT INTO accounts.known_commission (id, code, status, source_version, projected_at)
            VALUES (:id, :code, :status, :sourceVersion, :projectedAt)
            ON CONFLICT (id) DO UPDATE
            SET code = EXCLUDED.code, status = EXCLUDED.status, source_version = EXCLUDED.source_version,
                projected_at = EXCLUDED.projected_at
            WHERE accounts.known_commission.source_version < EXCLUDED.source_version
            """)
    boolean upsert(UUID id, String code, String status, long sourceVersion, Instant projectedAt);

    /** Served by the index on code; a code is normally one commission, but may be reused after one is dissolved. */
    List<KnownCommission> findByCode(String code);

    Optional<KnownCommission> findById(UUID id);

    /** A few dozen rows at most: one per local commission. */
    List<KnownCommission> findAll();
}
