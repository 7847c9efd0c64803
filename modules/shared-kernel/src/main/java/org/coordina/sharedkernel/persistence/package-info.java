/**
 * Persistence building blocks every module's aggregates share: the audit trail of who changed a row and when.
 */
package org.coordina.sharedkernel.persistence;
