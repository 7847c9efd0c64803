package org.coordina.sharedkernel.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A problem a module reports to the client as RFC 9457 Problem Details. The detail text is looked
 * up in the message bundles by {@code messageCode} in the request's language; the problem type is
 * {@code urn:coordina:problem:<kind>}.
 */
public class CoordinaProblem extends ErrorResponseException {

    private final String messageCode;

    private final Object[] arguments;

    public CoordinaProblem(HttpStatus status, String kind, String messageCode, Object... arguments) {
        super(status, problem(status, kind), null, messageCode, arguments);
        this.messageCode = messageCode;
        this.arguments = arguments.clone();
    }

    private static ProblemDetail problem(HttpStatus status, String kind) {
        var problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:coordina:problem:" + kind));
        return problem;
    }

    /** The message code of the detail text. */
    public String messageCode() {
        return messageCode;
    }

    /** A 404 problem: the resource does not exist (or its existence is not to be revealed). */
    public static CoordinaProblem notFound(String messageCode, Object... arguments) {
        return new CoordinaProblem(HttpStatus.NOT_FOUND, "not-found", messageCode, arguments);
    }

    /** A 409 problem: the request conflicts with the current state (a duplicate, say). */
    public static CoordinaProblem conflict(String messageCode, Object... arguments) {
        return new CoordinaProblem(HttpStatus.CONFLICT, "conflict", messageCode, arguments);
    }

    /** A 422 problem: well-formed input that breaks a business rule. */
    public static CoordinaProblem ruleViolated(String messageCode, Object... arguments) {
        return new CoordinaProblem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violated", messageCode, arguments);
    }

    @Override
    public String toString() {
        return getStatusCode() + " " + messageCode;
    }
}
