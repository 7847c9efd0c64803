package org.coordina.app.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coordina.webconventions.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path nobody serves: a browser asking for a page gets the 404 page, every other client the Problem Details the
 * API answers with.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownPages {

    private final ProblemWriter problems;

    UnknownPages(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isPageRequest(request)) {
            return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        }
        problems.write(request, response, HttpStatus.NOT_FOUND, "not-found", "problem.notFound");
        return null;
    }

    private static boolean isPageRequest(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var accept = request.getHeader(HttpHeaders.ACCEPT);
        return !path.startsWith("/api/") && !path.startsWith("/actuator") && accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
