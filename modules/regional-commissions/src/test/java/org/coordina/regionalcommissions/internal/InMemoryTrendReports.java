package org.coordina.regionalcommissions.internal;

import org.coordina.testsupport.InMemoryRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The trend reports in a map. */
class InMemoryTrendReports extends InMemoryRepository<TrendReport> implements TrendReportRepository {

    InMemoryTrendReports(List<Object> published) {
        super(TrendReport.class, published);
    }

    @Override
    public Page<TrendReport> findByCommissionId(UUID commissionId, Pageable pageable) {
        return page(report -> report.getCommissionId().equals(commissionId), pageable);
    }

    @Override
    public Optional<TrendReport> findByIdAndCommissionId(UUID id, UUID commissionId) {
        return findById(id).filter(report -> report.getCommissionId().equals(commissionId));
    }

    @Override
    public boolean existsByCommissionIdAndPeriodYearAndPeriodPart(UUID commissionId, int periodYear, PeriodPart periodPart) {
        return !where(report -> report.getCommissionId().equals(commissionId) && report.getYear() == periodYear
                && report.getPeriod() == periodPart).isEmpty();
    }
}
