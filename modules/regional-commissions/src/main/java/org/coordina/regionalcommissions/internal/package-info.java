/**
 * The inside of the regional-commissions module: the commission, member and trend-report aggregates,
 * the application services that alone change them, their REST API and the demo data.
 */
package org.coordina.regionalcommissions.internal;
