/** Victim support's aggregates, services, disclosure control, projections, read side and demo data. */
package org.coordina.victimsupport.internal;
