/**
 * Roles and the one mechanism that decides whether the current user may read or write a commission's
 * data, declared on web handlers by {@code @ReadsCommissionData}, {@code @WritesCommissionData} or
 * {@code @NoCommissionScope}.
 */
package org.coordina.sharedkernel.security;
