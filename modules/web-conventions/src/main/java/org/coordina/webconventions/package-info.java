/**
 * Infrastructure, not an application module: the auto-configured web conventions every module's web
 * layer and every module test relies on (Problem Details, strict JSON, locale, method security,
 * commission scoping, If-Match versions, sort whitelists, the clock and auditing).
 */
package org.coordina.webconventions;
