package org.coordina.webconventions;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.web.CoordinaProblem;
import org.coordina.sharedkernel.web.Versions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every error of the REST API into RFC 9457 Problem Details, in the request's language.
 * Bad input is a 400 (unreadable) or 422 (readable but invalid, with one entry per field, including
 * values a value type such as the commission code refuses while the body is read); a stale
 * version a 412; anything unexpected a 500 without internals.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final MessageSource messages;

    ProblemDetailsAdvice(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "validation", "problem.validation");
        problem.setProperty("errors", fieldErrors(ex.getBindingResult().getAllErrors()));
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "validation", "problem.validation");
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> errors.add(
                Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()), "message",
                        messages.getMessage(error, locale())))));
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, "malformed-request", "problem.malformed");
        if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            var field = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            var refusal = refusalIn(databind);
            if (refusal != null) {
                // A value type refused a well-formed value (a malformed commission code, say): a field error.
                var invalid = problem(HttpStatus.UNPROCESSABLE_CONTENT, "validation", "problem.validation");
                invalid.setProperty("errors", List.of(Map.of("field", field, "message",
                        messages.getMessage(refusal.messageCode(), refusal.arguments(), refusal.messageCode(), locale()))));
                return ResponseEntity.unprocessableContent().body(invalid);
            }
            problem.setProperty("errors", List.of(Map.of("field", field, "message", databind.getOriginalMessage())));
        }
        else if (ex.getCause() instanceof JacksonException jackson) {
            log.debug("Unreadable request body: {}", jackson.getOriginalMessage());
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "bad-parameter", "problem.badParameter", ex.getName()));
    }

    @ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
    ResponseEntity<ProblemDetail> handleAccessDenied(RuntimeException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(problem(HttpStatus.FORBIDDEN, "access-denied", "problem.accessDenied"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> handleConcurrentChange(OptimisticLockingFailureException ex, WebRequest request) {
        return handleErrorResponseException(Versions.stale(), new HttpHeaders(), HttpStatus.PRECONDITION_FAILED,
                request);
    }

    @ExceptionHandler(DbActionExecutionException.class)
    ResponseEntity<Object> handleDbAction(DbActionExecutionException ex, WebRequest request) {
        if (ex.getCause() instanceof OptimisticLockingFailureException locking) {
            return handleConcurrentChange(locking, request);
        }
        if (ex.getCause() instanceof DataIntegrityViolationException integrity) {
            return handleIntegrityViolation(integrity);
        }
        return handleUnexpected(ex);
    }

    @ExceptionHandler({ DuplicateKeyException.class, DataIntegrityViolationException.class })
    ResponseEntity<Object> handleIntegrityViolation(DataIntegrityViolationException ex) {
        log.info("Integrity violation answered with 409: {}", ex.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, "conflict", "problem.conflict"));
    }

    @ExceptionHandler(DomainProblem.class)
    ResponseEntity<Object> handleDomainProblem(DomainProblem ex, WebRequest request) {
        var problem = switch (ex.kind()) {
            case NOT_FOUND -> CoordinaProblem.notFound(ex.messageCode(), ex.arguments());
            case CONFLICT -> CoordinaProblem.conflict(ex.messageCode(), ex.arguments());
            case RULE_VIOLATED -> CoordinaProblem.ruleViolated(ex.messageCode(), ex.arguments());
        };
        return handleCoordinaProblem(problem, request);
    }

    @ExceptionHandler(CoordinaProblem.class)
    ResponseEntity<Object> handleCoordinaProblem(CoordinaProblem ex, WebRequest request) {
        return handleErrorResponseException(ex, new HttpHeaders(), ex.getStatusCode(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex) {
        log.error("Unexpected error", ex);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "problem.internal"));
    }

    private static DomainProblem refusalIn(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainProblem refusal && refusal.kind() == DomainProblem.Kind.RULE_VIOLATED) {
                return refusal;
            }
        }
        return null;
    }

    private ProblemDetail problem(HttpStatus status, String kind, String messageCode, Object... arguments) {
        var problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageCode, arguments, status.getReasonPhrase(), locale()));
        problem.setType(URI.create("urn:coordina:problem:" + kind));
        return problem;
    }

    private List<Map<String, String>> fieldErrors(List<ObjectError> errors) {
        return errors.stream()
                .map(error -> Map.of("field", error instanceof FieldError field ? field.getField() : error.getObjectName(),
                        "message", messages.getMessage(error, locale())))
                .toList();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
