/**
 * Spring Data JDBC auditing: who created and last changed each row, from the security context.
 */
package org.coordina.app.persistence;
