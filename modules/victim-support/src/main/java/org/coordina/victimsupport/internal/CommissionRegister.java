package org.coordina.victimsupport.internal;

import java.time.Clock;

import org.coordina.sharedkernel.commissions.RegionalCommissionRegister;
import org.coordina.sharedkernel.commissions.RegisteredCommissionRepository;

/**
 * The victim-support module's own projection of the commissions, fed by the regional-commissions events.
 * Activities and statistics may be entered only for a commission known here and not dissolved.
 * The shared register over {@code victimsupport.known_commission} (wired in {@code CommissionRegisterConfiguration}).
 */
class CommissionRegister extends RegionalCommissionRegister {

    CommissionRegister(RegisteredCommissionRepository commissions, Clock clock) {
        super(commissions, clock, "victimsupport.commission.unknown");
    }
}
