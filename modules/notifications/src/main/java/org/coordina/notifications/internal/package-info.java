/** The notifications' projections, store, listeners, mail outbox and jobs. */
package org.coordina.notifications.internal;
