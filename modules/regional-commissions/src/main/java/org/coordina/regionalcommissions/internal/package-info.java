/**
 * The inside of the regional-commissions module: the commission, member and trend-report aggregates
 * and their values, the application services that alone change them, their repositories and the demo
 * data. The REST API is in {@code internal.web}.
 */
package org.coordina.regionalcommissions.internal;
