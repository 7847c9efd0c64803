package org.coordina.victimsupport.events;

/** Whether a support service takes people in. */
public enum ServiceStatus {
    ACTIVE, SUSPENDED, CLOSED
}
