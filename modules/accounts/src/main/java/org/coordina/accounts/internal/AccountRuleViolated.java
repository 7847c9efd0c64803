package org.coordina.accounts.internal;

/** A well-formed request that breaks a rule of the accounts domain; answered with 422. */
class AccountRuleViolated extends RuntimeException {

    private final String messageCode;

    private final transient Object[] arguments;

    AccountRuleViolated(String messageCode, Object... arguments) {
        super(messageCode);
        this.messageCode = messageCode;
        this.arguments = arguments.clone();
    }

    String messageCode() {
        return messageCode;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
