/**
 * Regional commissions: the local commissions, their members, secretaries and local trend reports.
 */
@ApplicationModule(displayName = "Regional commissions", allowedDependencies = "sharedkernel")
package org.coordina.regionalcommissions;

import org.springframework.modulith.ApplicationModule;
