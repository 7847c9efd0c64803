package org.coordina.accounts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the local list of commissions, and answers whether local users may be bound to one. */
@Service
class CommissionProjection {

    private static final Logger log = LoggerFactory.getLogger(CommissionProjection.class);

    private final KnownCommissions commissions;

    private final Clock clock = Clock.systemUTC();

    CommissionProjection(KnownCommissions commissions) {
        this.commissions = commissions;
    }

    /** Records what an event says about a commission, unless a newer version is already known. */
    @Transactional
    void project(UUID commissionId, String code, String status, long version) {
        var changed = commissions.upsert(commissionId, code.toUpperCase(Locale.ROOT), status, version, Instant.now(clock));
        if (!changed) {
            log.debug("Ignored version {} of commission {} ({}): already as new or newer", version, code, commissionId);
        }
    }

    /** Throws unless a commission with this code is known and not dissolved. */
    @Transactional(readOnly = true)
    void requireBindable(String code) {
        var known = commissions.findByCode(code);
        if (known.isEmpty()) {
            throw new AccountRuleViolated("accounts.commission.unknown", code);
        }
        if (known.stream().allMatch(KnownCommission::isDissolved)) {
            throw new AccountRuleViolated("accounts.commission.dissolved", code);
        }
    }
}
