/**
 * What victim support tells the others: services registered and changed, support activities reported
 * and victim statistics submitted and accepted. Counts only ever leave the module protected: small cells
 * are suppressed, so no event carries a figure a victim could be recognised by.
 */
@NamedInterface("events")
package org.coordina.victimsupport.events;

import org.springframework.modulith.NamedInterface;
