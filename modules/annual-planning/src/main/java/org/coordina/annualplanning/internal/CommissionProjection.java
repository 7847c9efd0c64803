package org.coordina.annualplanning.internal;

import java.time.Clock;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps annual planning's own list of the commissions, fed by the regional-commissions events, and gives
 * a commission that becomes active during an open cycle its plan. A dissolved commission keeps its plans
 * and their history.
 */
// Named: accounts has a bean of the same simple class name, and the application scans both modules.
@Service
class CommissionProjection {

    private static final Logger log = LoggerFactory.getLogger(CommissionProjection.class);

    private final KnownCommissionRepository commissions;

    private final PlanningCycles cycles;

    private final Clock clock;

    CommissionProjection(KnownCommissionRepository commissions, PlanningCycles cycles, Clock clock) {
        this.commissions = commissions;
        this.cycles = cycles;
        this.clock = clock;
    }

    /** Records what an event says (null: unchanged), unless a newer version is known; plans an active commission. */
    @Transactional
    void project(UUID commissionId, CommissionCode code, String nameBg, String nameEn, CommissionStatus status,
            long version) {
        var changed = commissions.upsert(commissionId, code.value(), nameBg, nameEn, status == null ? null : status.name(),
                version, clock.instant());
        if (!changed) {
            log.debug("Ignored version {} of commission {} ({}): already as new or newer", version, code, commissionId);
            return;
        }
        if (status == CommissionStatus.ACTIVE) {
            cycles.planForOpenCycles(Party.of(code));
        }
    }
}
