package org.coordina.webconventions;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes Problem Details outside Spring MVC, for the security filters (401, 403), in the language
 * the request asks for.
 */
public class ProblemWriter {

    private final MessageSource messages;

    private final LocaleResolver localeResolver;

    private final JsonMapper json;

    ProblemWriter(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.json = json;
    }

    /** Writes a problem of this status, kind and message code as the response. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind,
            String messageCode) throws IOException {
        var locale = localeResolver.resolveLocale(request);
        var problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageCode, null, status.getReasonPhrase(), locale));
        problem.setType(URI.create("urn:coordina:problem:" + kind));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
