package org.coordina.app.http;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Answers unreadable request bodies before the general Problem Details advice does, so that the
 * client learns which field is wrong and what it accepts, and never an internal Java type: a value no
 * field accepts is a 422 field error, a body over the limit a 413, anything else unreadable a 400.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyProblems {

    private final MessageSource messages;

    private final RequestBodyLimit limit;

    RequestBodyProblems(MessageSource messages, RequestBodyLimit limit) {
        this.messages = messages;
        this.limit = limit;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
        if (causeOf(ex, RequestBodyLimit.Exceeded.class) != null) {
            var problem = problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "problem.payloadTooLarge");
            problem.setProperty("limit", limit.maximumBytes());
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        var invalid = causeOf(ex, InvalidFieldValue.class);
        if (invalid != null) {
            var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "validation", "problem.validation");
            problem.setProperty("errors", List.of(fieldError(invalid, invalid.messageCode(), invalid.arguments())));
            return ResponseEntity.unprocessableContent().body(problem);
        }
        var problem = problem(HttpStatus.BAD_REQUEST, "malformed-request", "problem.malformed");
        var databind = causeOf(ex, DatabindException.class);
        if (databind != null && !databind.getPath().isEmpty()) {
            problem.setProperty("errors", List.of(describe(databind)));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private Map<String, String> describe(DatabindException databind) {
        if (databind instanceof PropertyBindingException) {
            return fieldError(databind, "problem.field.unknown");
        }
        if (databind instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            var allowed = Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return fieldError(databind, "problem.field.oneOf", allowed);
        }
        if (databind instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && mismatch.getTargetType().isEnum()) {
            var allowed = Arrays.stream(mismatch.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return fieldError(databind, "problem.field.oneOf", allowed);
        }
        return fieldError(databind, "problem.field.malformed");
    }

    private Map<String, String> fieldError(DatabindException databind, String messageCode, Object... arguments) {
        var field = databind.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return Map.of("field", field, "message",
                messages.getMessage(messageCode, arguments, messageCode, LocaleContextHolder.getLocale()));
    }

    private ProblemDetail problem(HttpStatus status, String kind, String messageCode, Object... arguments) {
        var problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageCode, arguments, status.getReasonPhrase(), LocaleContextHolder.getLocale()));
        problem.setType(URI.create("urn:coordina:problem:" + kind));
        return problem;
    }

    private static <T extends Throwable> T causeOf(Throwable throwable, Class<T> type) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
