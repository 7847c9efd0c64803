package org.coordina.sharedkernel.commissions;

/**
 * A commission's status as a register keeps it: the names of the regional-commissions statuses, which the kernel
 * cannot name itself (it depends on no module).
 */
public enum CommissionState {
    ACTIVE, SUSPENDED, DISSOLVED
}
