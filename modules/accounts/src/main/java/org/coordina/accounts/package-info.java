/**
 * Accounts: users, their roles and commissions, passwords and integrator API keys.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "sharedkernel", "regionalcommissions :: events" })
package org.coordina.accounts;

import org.springframework.modulith.ApplicationModule;
