package org.coordina.sharedkernel.security;

import java.util.Optional;

/**
 * The current security stamp of each local account, which changes whenever what the account may do
 * changes (its role, disabling, its password). A bearer token carries the stamp it was issued under
 * and counts only while that stamp is still the account's; the accounts module provides this port,
 * the app's token issuing and checking use it.
 */
public interface SecurityStamps {

    /** The claim of Coordina's own bearer tokens that carries the stamp. */
    String CLAIM = "stamp";

    /** The stamp of this user's account if it exists and is enabled; empty otherwise. */
    Optional<String> currentOf(String username);
}
