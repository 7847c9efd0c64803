package org.coordina.annualplanning.internal;

import java.time.Clock;

import org.coordina.sharedkernel.commissions.RegionalCommissionRegister;
import org.coordina.sharedkernel.commissions.RegisteredCommissionRepository;

/**
 * Annual planning's own list of the commissions, fed by the regional-commissions events through
 * {@link CommissionProjection}: the active ones get a plan when a cycle opens. The shared register over
 * {@code annualplanning.known_commission} (wired in {@code CommissionRegisterConfiguration}).
 */
class CommissionRegister extends RegionalCommissionRegister {

    CommissionRegister(RegisteredCommissionRepository commissions, Clock clock) {
        super(commissions, clock, "annualplanning.commission.unknown");
    }
}
