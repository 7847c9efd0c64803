package org.coordina.accounts.internal;

import org.coordina.sharedkernel.domain.DomainProblem;

/** There is no account (or API key) by the name or id asked for; answered with 404. */
class AccountNotFound extends DomainProblem {

    AccountNotFound(String what) {
        super(Kind.NOT_FOUND, "accounts.notFound", what);
    }
}
