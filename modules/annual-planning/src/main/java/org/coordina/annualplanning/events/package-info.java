/**
 * What the annual-planning module tells the others: cycles opened and closed, plans submitted,
 * returned, approved and reopened, activities planned, changed, completed and carried over, and
 * quarterly reports submitted, accepted, returned or overdue. Ids, years, owners, titles and counts.
 */
@NamedInterface("events")
package org.coordina.annualplanning.events;

import org.springframework.modulith.NamedInterface;
