package org.coordina.accounts.internal.web;

import org.coordina.sharedkernel.security.Role;

/**
 * The signed-in user: role and commission as granted to this very sign-in (password, token, API key
 * or external JWT), display name and email from the local account when there is one.
 */
record MeView(String username, String displayName, String email, Role role, String commission) {
}
