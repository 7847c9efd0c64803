package org.coordina.accounts.internal;

import org.coordina.sharedkernel.web.CoordinaProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the accounts domain's exceptions into Problem Details in the request's language. Ordered
 * first so that the application's catch-all handler does not take them for unexpected errors.
 */
@RestControllerAdvice(assignableTypes = { UsersController.class, MeController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountProblemAdvice {

    private final MessageSource messages;

    AccountProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AccountRuleViolated.class)
    ResponseEntity<ProblemDetail> ruleViolated(AccountRuleViolated exception) {
        return answer(CoordinaProblem.ruleViolated(exception.messageCode(), exception.arguments()));
    }

    @ExceptionHandler(AccountNotFound.class)
    ResponseEntity<ProblemDetail> notFound(AccountNotFound exception) {
        return answer(CoordinaProblem.notFound("accounts.notFound"));
    }

    @ExceptionHandler(UsernameTaken.class)
    ResponseEntity<ProblemDetail> usernameTaken(UsernameTaken exception) {
        return answer(CoordinaProblem.conflict("accounts.username.taken"));
    }

    private ResponseEntity<ProblemDetail> answer(CoordinaProblem problem) {
        var body = problem.updateAndGetBody(messages, LocaleContextHolder.getLocale());
        return ResponseEntity.status(problem.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
