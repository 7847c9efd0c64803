package org.coordina.regionalcommissions.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

/** The trend reports, read per commission (unique index on commission and period). */
interface TrendReportRepository extends ListCrudRepository<TrendReport, UUID> {

    Page<TrendReport> findByCommissionId(UUID commissionId, Pageable pageable);

    Optional<TrendReport> findByIdAndCommissionId(UUID id, UUID commissionId);

    boolean existsByCommissionIdAndPeriodYearAndPeriodPart(UUID commissionId, int periodYear, PeriodPart periodPart);
}
