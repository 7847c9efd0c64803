/**
 * The accounts module's HTTP API: the administration of users and the signed-in user's own account,
 * their request and response records, and the mappers between those and the domain.
 */
package org.coordina.accounts.internal.web;
