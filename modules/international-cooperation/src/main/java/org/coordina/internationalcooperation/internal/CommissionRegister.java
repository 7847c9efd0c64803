package org.coordina.internationalcooperation.internal;

import java.time.Clock;

import org.coordina.sharedkernel.commissions.RegionalCommissionRegister;
import org.coordina.sharedkernel.commissions.RegisteredCommissionRepository;

/**
 * International cooperation's own projection of the commissions, fed by the regional-commissions events. It
 * checks the commissions an activity names: a commission must be known here, and not dissolved, to take part.
 * The shared register over {@code internationalcooperation.known_commission} (wired in
 * {@code CommissionRegisterConfiguration}).
 */
class CommissionRegister extends RegionalCommissionRegister {

    CommissionRegister(RegisteredCommissionRepository commissions, Clock clock) {
        super(commissions, clock, "internationalcooperation.commission.unknown");
    }
}
