/**
 * Roles and the one mechanism that decides whether the current user may read or write a commission's data.
 */
package org.coordina.sharedkernel.security;
