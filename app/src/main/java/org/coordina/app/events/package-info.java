/**
 * Housekeeping of the event publication registry: resubmission of failed publications, once across instances.
 */
package org.coordina.app.events;
