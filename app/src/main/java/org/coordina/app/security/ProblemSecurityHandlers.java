package org.coordina.app.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coordina.webconventions.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** Answers unauthenticated (401) and forbidden (403) API requests with Problem Details, never a redirect. */
@Component
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemSecurityHandlers(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        // Both schemes are offered; a browser prompt is avoided by not naming Basic first.
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"coordina\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "problem.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, "access-denied", "problem.accessDenied");
    }
}
