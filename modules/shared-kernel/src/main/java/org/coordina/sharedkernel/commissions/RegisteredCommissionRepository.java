package org.coordina.sharedkernel.commissions;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The rows of a module's {@code known_commission} table: the commissions the module has heard of. */
public interface RegisteredCommissionRepository {

    /**
     * Inserts the commission or updates what the event says about it, unless the stored version is as new
     * or newer: events arrive at least once and in any order. A {@code null} name or status keeps the stored one
     * (a new row takes the code as its names and is active).
     *
     * @return whether the row changed
     */
    boolean upsert(UUID id, String code, String nameBg, String nameEn, String status, long sourceVersion,
            Instant projectedAt);

    /** The commissions with these codes that have not been dissolved. */
    List<RegisteredCommission> findUsable(Collection<String> codes);

    /** The active commissions, by code. */
    List<RegisteredCommission> findActive();

    /** The commissions with this code (none or one). */
    List<RegisteredCommission> findByCode(String code);
}
