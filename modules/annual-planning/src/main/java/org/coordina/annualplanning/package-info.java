/**
 * Annual planning: planning cycles, the national and local plans with their activities and indicators,
 * quarterly reporting, the backlog of proposals and the national roll-up.
 */
@ApplicationModule(displayName = "Annual planning", allowedDependencies = { "sharedkernel", "regionalcommissions :: events",
        "meetings :: events", "victimsupport :: events", "internationalcooperation :: events" })
package org.coordina.annualplanning;

import org.springframework.modulith.ApplicationModule;
