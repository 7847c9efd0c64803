/**
 * Notifications: tells the people concerned of deadlines, returns, submissions and invitations, in the
 * application and by e-mail, from the other modules' events only (a pure consumer: nothing depends on it).
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = { "sharedkernel", "accounts :: events",
        "regionalcommissions :: events", "annualplanning :: events", "meetings :: events",
        "internationalcooperation :: events" })
package org.coordina.notifications;

import org.springframework.modulith.ApplicationModule;
