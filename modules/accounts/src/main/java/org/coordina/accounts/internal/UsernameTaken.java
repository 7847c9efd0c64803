package org.coordina.accounts.internal;

import org.coordina.sharedkernel.domain.DomainProblem;

/** Another account already has this username; answered with 409. */
class UsernameTaken extends DomainProblem {

    UsernameTaken(String username) {
        super(Kind.CONFLICT, "accounts.username.taken", username);
    }
}
