/**
 * The assembly of the modules: security, web error handling, persistence auditing and event-registry housekeeping.
 */
package org.coordina.app;
