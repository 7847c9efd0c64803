package org.coordina.accounts.internal;

/** There is no account (or API key) by the name or id asked for; answered with 404. */
class AccountNotFound extends RuntimeException {

    AccountNotFound(String what) {
        super("No such account or key: " + what);
    }
}
