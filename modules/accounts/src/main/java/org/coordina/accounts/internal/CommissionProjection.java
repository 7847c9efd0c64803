package org.coordina.accounts.internal;

import java.time.Clock;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the local list of commissions, and answers whether local users may be bound to one. */
@Service
class CommissionProjection {

    private static final Logger log = LoggerFactory.getLogger(CommissionProjection.class);

    private final KnownCommissionRepository commissions;

    private final Clock clock;

    CommissionProjection(KnownCommissionRepository commissions, Clock clock) {
        this.commissions = commissions;
        this.clock = clock;
    }

    /** Records what an event says about a commission, unless a newer version is already known. */
    @Transactional
    void project(UUID commissionId, CommissionCode code, CommissionStatus status, long version) {
        var changed = commissions.upsert(commissionId, code.value(), status.name(), version, clock.instant());
        if (!changed) {
            log.debug("Ignored version {} of commission {} ({}): already as new or newer", version, code, commissionId);
        }
    }

    /** Throws unless a commission with this code is known and not dissolved. */
    @Transactional(readOnly = true)
    void requireBindable(CommissionCode code) {
        var known = commissions.findByCode(code.value());
        if (known.isEmpty()) {
            throw DomainProblem.ruleViolated("accounts.commission.unknown", code);
        }
        if (known.stream().allMatch(KnownCommission::isDissolved)) {
            throw DomainProblem.ruleViolated("accounts.commission.dissolved", code);
        }
    }
}
