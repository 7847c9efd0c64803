package org.coordina.notifications.internal;

/** How a user wants to receive notifications by e-mail (in the application they always appear). */
public enum Delivery {
    IMMEDIATE, DAILY_DIGEST, NEVER
}
