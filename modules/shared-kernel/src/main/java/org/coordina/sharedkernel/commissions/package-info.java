/**
 * The register of the regional commissions that a module keeps in its own schema, fed by the regional-commissions
 * events through the module's own listener: one implementation for every module that needs to know the commissions.
 */
package org.coordina.sharedkernel.commissions;
