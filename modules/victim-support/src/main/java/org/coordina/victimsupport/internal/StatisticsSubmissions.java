package org.coordina.victimsupport.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.HistoryEntry;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commissions' quarterly victim statistics, from draft to accepted and corrected: the only way they
 * change. Each change is kept in the history, a correction with its reason.
 */
@Service
@Transactional
public class StatisticsSubmissions {

    static final String TYPE = "VictimStatistics";

    private final VictimStatisticsRepository statistics;

    private final CommissionRegister commissions;

    private final DisclosureControl disclosure;

    private final VictimSupportHistory history;

    private final Clock clock;

    StatisticsSubmissions(VictimStatisticsRepository statistics, CommissionRegister commissions,
            DisclosureControl disclosure, VictimSupportHistory history, Clock clock) {
        this.statistics = statistics;
        this.commissions = commissions;
        this.disclosure = disclosure;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public VictimStatistics find(CommissionCode commission, int year, int quarter) {
        VictimStatistics.requirePeriod(year, quarter);
        return statistics.findByCommissionCodeAndYearAndQuarter(commission.value(), year, quarter)
                .orElseThrow(() -> DomainProblem.notFound("victimsupport.statistics.notFound", commission, year,
                        quarter));
    }

    /** Starts the quarter's statistics as a draft; a second start is a conflict. */
    public VictimStatistics draft(CommissionCode commission, int year, int quarter, StatisticsTable table) {
        VictimStatistics.requirePeriod(year, quarter);
        commissions.requireUsable(commission);
        if (statistics.findByCommissionCodeAndYearAndQuarter(commission.value(), year, quarter).isPresent()) {
            throw DomainProblem.conflict("victimsupport.statistics.exists", commission, year, quarter);
        }
        var saved = statistics.save(VictimStatistics.draft(commission, year, quarter, table));
        history.created(TYPE, saved.getId(), saved.getVersion(), "drafted", saved.snapshot(disclosure));
        return saved;
    }

    public VictimStatistics replace(CommissionCode commission, int year, int quarter, long expectedVersion,
            StatisticsTable table) {
        var current = current(commission, year, quarter, expectedVersion);
        var before = current.snapshot(disclosure);
        return current.replace(table) ? save(current, "changed", before, null) : current;
    }

    public VictimStatistics submit(CommissionCode commission, int year, int quarter, long expectedVersion) {
        var current = current(commission, year, quarter, expectedVersion);
        var before = current.snapshot(disclosure);
        current.submit(disclosure, clock.instant());
        return save(current, "submitted", before, null);
    }

    public VictimStatistics accept(CommissionCode commission, int year, int quarter, long expectedVersion) {
        var current = current(commission, year, quarter, expectedVersion);
        var before = current.snapshot(disclosure);
        current.accept(disclosure, clock.instant());
        return save(current, "accepted", before, null);
    }

    public VictimStatistics correct(CommissionCode commission, int year, int quarter, long expectedVersion,
            StatisticsTable table, String reason) {
        var current = current(commission, year, quarter, expectedVersion);
        var before = current.snapshot(disclosure);
        return current.correct(table, reason, disclosure, clock.instant())
                ? save(current, "corrected", before, reason.strip())
                : current;
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(CommissionCode commission, int year, int quarter) {
        return history.of(find(commission, year, quarter).getId());
    }

    private VictimStatistics save(VictimStatistics current, String action, Map<String, Object> before, String reason) {
        var saved = statistics.save(current);
        history.changed(TYPE, saved.getId(), saved.getVersion(), action, before, saved.snapshot(disclosure), reason);
        return saved;
    }

    private VictimStatistics current(CommissionCode commission, int year, int quarter, long expectedVersion) {
        var current = find(commission, year, quarter);
        StaleVersions.require("The victim statistics of " + commission + " " + year + " Q" + quarter,
                current.getVersion(), expectedVersion);
        return current;
    }
}
