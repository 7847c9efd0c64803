/**
 * The inside of annual planning: cycles, plans, activities, quarterly reports, proposals, the
 * projection of commissions, the read-side queries and the jobs. Nothing here is used by other modules.
 */
package org.coordina.annualplanning.internal;
