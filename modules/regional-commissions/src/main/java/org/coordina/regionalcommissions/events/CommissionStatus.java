package org.coordina.regionalcommissions.events;

/** Whether a local commission works, is suspended, or has been dissolved. */
public enum CommissionStatus {
    ACTIVE, SUSPENDED, DISSOLVED
}
