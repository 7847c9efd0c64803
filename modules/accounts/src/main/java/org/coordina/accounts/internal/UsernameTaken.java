package org.coordina.accounts.internal;

/** Another account already has this username; answered with 409. */
class UsernameTaken extends RuntimeException {

    UsernameTaken(String username) {
        super("Username taken: " + username);
    }
}
