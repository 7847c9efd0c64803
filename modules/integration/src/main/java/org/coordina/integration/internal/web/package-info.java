/** The HTTP feed of events for integrators. */
package org.coordina.integration.internal.web;
