/** The meetings module's domain, services, persistence and demo data; nothing here is API. */
package org.coordina.meetings.internal;
