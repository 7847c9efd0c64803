package org.coordina.meetings.internal;

import java.time.Clock;

import org.coordina.sharedkernel.commissions.RegionalCommissionRegister;
import org.coordina.sharedkernel.commissions.RegisteredCommissionRepository;

/**
 * The meetings module's own projection of the commissions, fed by the regional-commissions events. It checks the commission codes a meeting names: a commission must be
 * known here, and not dissolved, to be invited, to organise, to speak or to be responsible for an item.
 * The shared register over {@code meetings.known_commission} (wired in {@code CommissionRegisterConfiguration}).
 */
class CommissionRegister extends RegionalCommissionRegister {

    CommissionRegister(RegisteredCommissionRepository commissions, Clock clock) {
        super(commissions, clock, "meetings.commission.unknown");
    }
}
