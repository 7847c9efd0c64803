package org.coordina.regionalcommissions.internal;

import org.coordina.sharedkernel.web.CoordinaProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the domain's refusals with Problem Details in the request's language: 404 for what does
 * not exist, 409 when the current state forbids the change, 422 when the input breaks a rule.
 * Ordered first because the application's advice answers every other exception with a 500.
 */
@RestControllerAdvice(assignableTypes = { CommissionController.class, MemberController.class,
        TrendReportController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class DomainProblemAdvice {

    private final MessageSource messages;

    DomainProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainProblem.class)
    ResponseEntity<ProblemDetail> handle(DomainProblem problem) {
        var response = switch (problem.kind()) {
            case NOT_FOUND -> CoordinaProblem.notFound(problem.messageCode(), problem.arguments());
            case CONFLICT -> CoordinaProblem.conflict(problem.messageCode(), problem.arguments());
            case RULE_VIOLATED -> CoordinaProblem.ruleViolated(problem.messageCode(), problem.arguments());
        };
        return ResponseEntity.status(response.getStatusCode())
                .body(response.updateAndGetBody(messages, LocaleContextHolder.getLocale()));
    }
}
