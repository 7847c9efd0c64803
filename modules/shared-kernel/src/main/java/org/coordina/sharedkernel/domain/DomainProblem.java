package org.coordina.sharedkernel.domain;

/**
 * A request the domain refuses, with the message code of its explanation. It carries no web types,
 * so aggregates and application services can raise it; the application answers it with Problem
 * Details in the request's language (404, 409 or 422 by {@link Kind}).
 */
public class DomainProblem extends RuntimeException {

    /** How the refusal reads to a client. */
    public enum Kind {
        /** The resource does not exist, or its existence is not to be revealed (404). */
        NOT_FOUND,
        /** The current state forbids the change, e.g. a duplicate (409). */
        CONFLICT,
        /** Well-formed input that breaks a business rule (422). */
        RULE_VIOLATED
    }

    private final Kind kind;

    private final String messageCode;

    private final transient Object[] arguments;

    protected DomainProblem(Kind kind, String messageCode, Object... arguments) {
        super(messageCode);
        this.kind = kind;
        this.messageCode = messageCode;
        this.arguments = arguments.clone();
    }

    /** The resource does not exist. */
    public static DomainProblem notFound(String messageCode, Object... arguments) {
        return new DomainProblem(Kind.NOT_FOUND, messageCode, arguments);
    }

    /** The current state forbids the change. */
    public static DomainProblem conflict(String messageCode, Object... arguments) {
        return new DomainProblem(Kind.CONFLICT, messageCode, arguments);
    }

    /** The input breaks a business rule. */
    public static DomainProblem ruleViolated(String messageCode, Object... arguments) {
        return new DomainProblem(Kind.RULE_VIOLATED, messageCode, arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
