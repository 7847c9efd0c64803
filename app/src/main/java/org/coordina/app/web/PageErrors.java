package org.coordina.app.web;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.pages.PageController;
import org.coordina.sharedkernel.web.CoordinaProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The errors of the browser pages ({@link PageController}s) as pages, before the Problem Details of the API see
 * them: 400 (a form that cannot be read), 403, 404, 409 (with "reload") and 500 without details. Forms handle their
 * own validation errors and stale versions; what reaches this advice is what a page cannot answer itself.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
    ModelAndView forbidden() {
        return page("error/403", HttpStatus.FORBIDDEN, null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter() {
        return page("error/404", HttpStatus.NOT_FOUND, null);
    }

    /** A post without a field its form always sends (a tampered one): the 400 page, nothing changed. */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView unreadableForm() {
        return page("error/400", HttpStatus.BAD_REQUEST, null);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView changedMeanwhile() {
        return page("error/409", HttpStatus.CONFLICT, messages.getMessage("page.error.409.stale", null,
                LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(DomainProblem.class)
    ModelAndView domainProblem(DomainProblem problem) {
        var message = messages.getMessage(problem.messageCode(), problem.arguments(), problem.messageCode(),
                LocaleContextHolder.getLocale());
        return switch (problem.kind()) {
            case NOT_FOUND -> page("error/404", HttpStatus.NOT_FOUND, message);
            case CONFLICT -> page("error/409", HttpStatus.CONFLICT, message);
            case RULE_VIOLATED -> page("error/409", HttpStatus.UNPROCESSABLE_CONTENT, message);
        };
    }

    @ExceptionHandler(CoordinaProblem.class)
    ModelAndView coordinaProblem(CoordinaProblem problem) {
        var status = HttpStatus.valueOf(problem.getStatusCode().value());
        return switch (status) {
            case FORBIDDEN -> forbidden();
            case NOT_FOUND, BAD_REQUEST -> page("error/404", HttpStatus.NOT_FOUND, null);
            default -> page("error/409", status, null);
        };
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception exception) {
        log.error("Unexpected error on a page", exception);
        return page("error/500", HttpStatus.INTERNAL_SERVER_ERROR, null);
    }

    private static ModelAndView page(String view, HttpStatus status, String message) {
        var page = new ModelAndView(view, status);
        if (message != null) {
            page.addObject("problem", message);
        }
        return page;
    }
}
