package org.coordina.internationalcooperation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The reporting obligations with their deadlines. */
interface ReportingObligationRepository extends ListCrudRepository<ReportingObligation, UUID> {

    /** Obligations with an open deadline before {@code today}, or one by {@code horizon} not yet announced. */
    @Query("""
            SELECT DISTINCT obligation_id FROM internationalcooperation.obligation_occurrence
            WHERE status = 'OPEN' AND (due_on < :today OR (due_soon_announced_at IS NULL AND due_on <= :horizon))
            """)
    List<UUID> findToAnnounce(LocalDate today, LocalDate horizon);

    @Query("SELECT * FROM internationalcooperation.obligation WHERE title_en = :titleEn")
    List<ReportingObligation> findByTitleEn(String titleEn);
}
