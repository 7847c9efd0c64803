package org.coordina.annualplanning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/** The quarterly reports, one per approved plan and quarter. */
interface QuarterlyReportRepository extends ListCrudRepository<QuarterlyReport, UUID> {

    List<QuarterlyReport> findByPlanIdOrderByQuarter(UUID planId);

    Optional<QuarterlyReport> findByPlanIdAndQuarter(UUID planId, int quarter);

    /**
     * The report, its row locked until the transaction ends: a submission counts the progress entries
     * only after the changes in flight (which hold the row {@code FOR SHARE}) have committed.
     */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<QuarterlyReport> findForUpdateByPlanIdAndQuarter(UUID planId, int quarter);

    /** The reports not handed in, past their due date and not announced yet (the partial index's rows). */
    @org.springframework.data.jdbc.repository.query.Query("""
            SELECT * FROM annualplanning.quarterly_report
            WHERE status IN ('DRAFT', 'RETURNED') AND overdue_notified_at IS NULL AND due_on < :today
            ORDER BY due_on, id
            """)
    List<QuarterlyReport> findOverdue(LocalDate today);

    /** The reports not handed in, due between {@code from} and {@code to} and not announced yet (the partial index's rows). */
    @org.springframework.data.jdbc.repository.query.Query("""
            SELECT * FROM annualplanning.quarterly_report
            WHERE status IN ('DRAFT', 'RETURNED') AND due_soon_notified_at IS NULL AND due_on BETWEEN :from AND :to
            ORDER BY due_on, id
            """)
    List<QuarterlyReport> findDueSoon(LocalDate from, LocalDate to);
}
