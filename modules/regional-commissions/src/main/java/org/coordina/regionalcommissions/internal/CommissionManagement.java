package org.coordina.regionalcommissions.internal;

import java.time.Clock;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Establishes commissions and changes their core data, status and secretary: the only way a
 * commission changes. Saving a commission publishes the events its change registered, in the same
 * transaction, so the event publication registry records them exactly when the change commits.
 */
@Service
@Transactional
public class CommissionManagement {

    private final CommissionRepository commissions;

    private final Clock clock;

    CommissionManagement(CommissionRepository commissions, Clock clock) {
        this.commissions = commissions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Commission find(CommissionCode code) {
        return commissions.findByCode(code.value())
                .orElseThrow(() -> DomainProblem.notFound("regionalcommissions.commission.notFound", code));
    }

    @Transactional(readOnly = true)
    boolean exists(CommissionCode code) {
        return commissions.existsByCode(code.value());
    }

    /** Registers a new commission, and its secretary when one is already known. */
    public Commission establish(CommissionCode code, CommissionDetails details, Secretary secretary) {
        if (exists(code)) {
            throw DomainProblem.conflict("regionalcommissions.commission.codeTaken", code);
        }
        var commission = commissions.save(Commission.establish(code, details, clock.instant()));
        if (secretary != null) {
            // Saved again, so that SecretaryAssigned carries a later version than CommissionEstablished.
            commission.assignSecretary(secretary, clock.instant());
            commission = commissions.save(commission);
        }
        return commission;
    }

    public Commission changeDetails(CommissionCode code, long expectedVersion, CommissionDetails details) {
        var commission = current(code, expectedVersion);
        commission.changeDetails(details, clock.instant());
        return saveIfChanged(commission);
    }

    public Commission changeStatus(CommissionCode code, long expectedVersion, CommissionStatus status) {
        var commission = current(code, expectedVersion);
        commission.changeStatus(status, clock.instant());
        return saveIfChanged(commission);
    }

    public Commission assignSecretary(CommissionCode code, long expectedVersion, Secretary secretary) {
        var commission = current(code, expectedVersion);
        commission.assignSecretary(secretary, clock.instant());
        return saveIfChanged(commission);
    }

    private Commission current(CommissionCode code, long expectedVersion) {
        var commission = find(code);
        StaleVersions.require("Commission " + code, commission.getVersion(), expectedVersion);
        return commission;
    }

    /** A request that changes nothing keeps the version, so the client's ETag stays valid. */
    private Commission saveIfChanged(Commission commission) {
        return commission.hasChanges() ? commissions.save(commission) : commission;
    }
}
