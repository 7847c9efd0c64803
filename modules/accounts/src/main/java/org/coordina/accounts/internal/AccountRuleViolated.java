package org.coordina.accounts.internal;

import org.coordina.sharedkernel.domain.DomainProblem;

/** A well-formed request that breaks a rule of the accounts domain; answered with 422. */
class AccountRuleViolated extends DomainProblem {

    AccountRuleViolated(String messageCode, Object... arguments) {
        super(Kind.RULE_VIOLATED, messageCode, arguments);
    }
}
