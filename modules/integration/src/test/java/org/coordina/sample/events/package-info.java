/** A stand-in module's events for the integration module's tests. */
package org.coordina.sample.events;
