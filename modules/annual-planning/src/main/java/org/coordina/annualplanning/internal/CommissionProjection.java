package org.coordina.annualplanning.internal;

import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
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

    private final CommissionRegister commissions;

    private final PlanningCycles cycles;

    CommissionProjection(CommissionRegister commissions, PlanningCycles cycles) {
        this.commissions = commissions;
        this.cycles = cycles;
    }

    /** Records what an event says (null: unchanged), unless a newer version is known; plans an active commission. */
    @Transactional
    void project(UUID commissionId, CommissionCode code, String nameBg, String nameEn, CommissionStatus status,
            long version) {
        if (commissions.project(commissionId, code, nameBg, nameEn, status, version)
                && status == CommissionStatus.ACTIVE) {
            cycles.planForOpenCycles(Party.of(code));
        }
    }
}
