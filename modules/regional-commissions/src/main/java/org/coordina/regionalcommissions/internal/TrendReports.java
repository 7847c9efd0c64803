package org.coordina.regionalcommissions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts, revises and publishes the commissions' trend reports: the only way a trend report
 * changes. Saving a published report publishes {@code TrendReportPublished} in the same transaction;
 * drafts and revisions publish nothing (no event describes them, see {@link TrendReport}).
 */
@Service
@Transactional
public class TrendReports {

    private final CommissionManagement commissions;

    private final TrendReportRepository reports;

    private final Clock clock;

    TrendReports(CommissionManagement commissions, TrendReportRepository reports, Clock clock) {
        this.commissions = commissions;
        this.reports = reports;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<TrendReport> list(CommissionCode code, Pageable pageable) {
        return reports.findByCommissionId(commissions.find(code).getId(), pageable);
    }

    @Transactional(readOnly = true)
    public TrendReport find(CommissionCode code, UUID id) {
        return find(commissions.find(code), id);
    }

    public TrendReport draft(CommissionCode code, ReportingPeriod period, TrendReportContent content) {
        var commission = commissions.find(code);
        requirePeriodFree(commission, period);
        return reports.save(TrendReport.draft(commission, period, content, today()));
    }

    public TrendReport revise(CommissionCode code, UUID id, long expectedVersion, ReportingPeriod period, TrendReportContent content) {
        var commission = commissions.find(code);
        var report = current(commission, id, expectedVersion);
        if (!report.period().equals(period)) {
            requirePeriodFree(commission, period);
        }
        report.revise(period, content, today());
        return reports.save(report);
    }

    public TrendReport publish(CommissionCode code, UUID id, long expectedVersion) {
        var report = current(commissions.find(code), id, expectedVersion);
        report.publish(clock.instant());
        return reports.save(report);
    }

    private TrendReport current(Commission commission, UUID id, long expectedVersion) {
        commission.requireNotDissolved();
        var report = find(commission, id);
        StaleVersions.require("Trend report " + id, report.getVersion(), expectedVersion);
        return report;
    }

    private void requirePeriodFree(Commission commission, ReportingPeriod period) {
        if (reports.existsByCommissionIdAndPeriodYearAndPeriodPart(commission.getId(), period.year(), period.part())) {
            throw DomainProblem.conflict("regionalcommissions.trendReport.periodTaken", commission.getCode(),
                    period.toString());
        }
    }

    private TrendReport find(Commission commission, UUID id) {
        return reports.findByIdAndCommissionId(id, commission.getId()).orElseThrow(
                () -> DomainProblem.notFound("regionalcommissions.trendReport.notFound", id, commission.getCode()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
