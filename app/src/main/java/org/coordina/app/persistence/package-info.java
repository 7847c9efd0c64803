/**
 * Spring Data JDBC settings the application owns: entity lifecycle events off (auditing and the
 * shared clock live in the web-conventions infrastructure).
 */
package org.coordina.app.persistence;
