/**
 * The HTTP API of annual planning: cycles, plans, activities, quarterly reports, the roll-up and the exports.
 */
package org.coordina.annualplanning.internal.web;
