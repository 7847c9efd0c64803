/**
 * Web-free refusals that application services and aggregates raise; the application maps them to Problem Details.
 */
package org.coordina.sharedkernel.domain;
