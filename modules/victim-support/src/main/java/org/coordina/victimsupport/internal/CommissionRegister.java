package org.coordina.victimsupport.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The victim-support module's own projection of the commissions, fed by the regional-commissions events.
 * Activities and statistics may be entered only for a commission known here and not dissolved.
 */
@Service
class CommissionRegister {

    private static final Logger log = LoggerFactory.getLogger(CommissionRegister.class);

    private final RegisteredCommissionRepository commissions;

    private final Clock clock;

    CommissionRegister(RegisteredCommissionRepository commissions, Clock clock) {
        this.commissions = commissions;
        this.clock = clock;
    }

    /** Records what an event says (null: unchanged), unless a newer version is known; whether it changed. */
    @Transactional
    boolean project(UUID commissionId, CommissionCode code, String nameBg, String nameEn, CommissionStatus status,
            long version) {
        var changed = commissions.upsert(commissionId, code.value(), nameBg, nameEn,
                status == null ? null : status.name(), version, clock.instant());
        if (!changed) {
            log.debug("Ignored version {} of commission {} ({}): already as new or newer", version, code, commissionId);
        }
        return changed;
    }

    /** Refuses a commission unknown here or dissolved. */
    void requireUsable(CommissionCode code) {
        requireUsable(List.of(code));
    }

    /** Refuses codes of commissions unknown here or dissolved, naming them in order. */
    void requireUsable(Collection<CommissionCode> codes) {
        if (codes.isEmpty()) {
            return;
        }
        var missing = new TreeSet<String>();
        codes.forEach(code -> missing.add(code.value()));
        commissions.findUsable(missing).forEach(known -> missing.remove(known.code()));
        if (!missing.isEmpty()) {
            throw DomainProblem.ruleViolated("victimsupport.commission.unknown", String.join(", ", missing));
        }
    }
}
