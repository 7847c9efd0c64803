/**
 * Persistence building blocks every module's aggregates share: the audit trail of who changed a row and
 * when, and the change history (who changed which fields from what to what, and why).
 */
package org.coordina.sharedkernel.persistence;
