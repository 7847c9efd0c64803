package org.coordina.internationalcooperation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The agreements. */
interface AgreementRepository extends ListCrudRepository<Agreement, UUID> {

    /** Agreements in force that end by {@code horizon} and were not announced as ending, or that ended before {@code today}. */
    @Query("""
            SELECT id FROM internationalcooperation.agreement
            WHERE status = 'IN_FORCE' AND valid_to IS NOT NULL
              AND (valid_to < :today OR (expiring_announced_at IS NULL AND valid_to <= :horizon))
            ORDER BY valid_to, id
            """)
    List<UUID> findToAnnounce(LocalDate today, LocalDate horizon);
}
