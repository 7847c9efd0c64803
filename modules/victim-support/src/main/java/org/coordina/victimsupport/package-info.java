/**
 * Victim support: the register of support services, what commissions and services did to support
 * victims, and aggregated, never personal, victim statistics published only under disclosure control.
 */
@ApplicationModule(displayName = "Victim support", allowedDependencies = { "sharedkernel", "regionalcommissions :: events" })
package org.coordina.victimsupport;

import org.springframework.modulith.ApplicationModule;
