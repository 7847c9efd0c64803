package org.coordina.regionalcommissions.internal;

/**
 * A request the regional-commissions domain refuses, with the message code of its explanation; the
 * web layer turns it into Problem Details, so that the domain needs no web types.
 */
class DomainProblem extends RuntimeException {

    /** How the refusal reads to a client. */
    enum Kind {
        NOT_FOUND, CONFLICT, RULE_VIOLATED
    }

    private final Kind kind;

    private final String messageCode;

    private final transient Object[] arguments;

    private DomainProblem(Kind kind, String messageCode, Object... arguments) {
        super(messageCode);
        this.kind = kind;
        this.messageCode = messageCode;
        this.arguments = arguments.clone();
    }

    static DomainProblem notFound(String messageCode, Object... arguments) {
        return new DomainProblem(Kind.NOT_FOUND, messageCode, arguments);
    }

    static DomainProblem conflict(String messageCode, Object... arguments) {
        return new DomainProblem(Kind.CONFLICT, messageCode, arguments);
    }

    static DomainProblem ruleViolated(String messageCode, Object... arguments) {
        return new DomainProblem(Kind.RULE_VIOLATED, messageCode, arguments);
    }

    Kind kind() {
        return kind;
    }

    String messageCode() {
        return messageCode;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
