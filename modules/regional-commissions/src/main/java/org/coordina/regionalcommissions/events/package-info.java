/**
 * What the regional-commissions module tells the others: commissions established, changed, suspended
 * or dissolved, secretaries assigned and trend reports published. Ids, codes, names and versions only;
 * never personal contact data.
 */
@NamedInterface("events")
package org.coordina.regionalcommissions.events;

import org.springframework.modulith.NamedInterface;
