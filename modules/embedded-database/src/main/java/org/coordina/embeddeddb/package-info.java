/**
 * Infrastructure that starts an embedded PostgreSQL when no external database is configured; not an application module.
 */
package org.coordina.embeddeddb;
