package org.coordina.accounts.internal;

import java.time.Instant;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A commission as far as accounts need to know it: its code and whether it still exists. Projected
 * from the regional-commissions events; {@code sourceVersion} is the commission's version there.
 */
@Table(schema = "accounts", name = "known_commission")
record KnownCommission(@Id UUID id, String code, CommissionStatus status, long sourceVersion, Instant projectedAt) {

    CommissionCode commissionCode() {
        return new CommissionCode(code);
    }

    boolean isDissolved() {
        return status == CommissionStatus.DISSOLVED;
    }
}
