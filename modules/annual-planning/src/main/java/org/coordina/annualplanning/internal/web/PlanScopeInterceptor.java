package org.coordina.annualplanning.internal.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coordina.sharedkernel.domain.Party;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks {@link PlanAccess} for the plan named by the {@code owner} path variable before the handler's
 * arguments are resolved, so that a caller who may not read the plan (GET), or neither change it nor review
 * it as the national administrator (anything else), gets 403 before its body is read, validated or its
 * If-Match looked at, as the commission scope does for {@code {code}} paths. The handlers'
 * {@code @PreAuthorize} states each endpoint's exact rule and is checked after this.
 */
class PlanScopeInterceptor implements HandlerInterceptor {

    private final PlanAccess access;

    PlanScopeInterceptor(PlanAccess access) {
        this.access = access;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        var text = variables == null ? null : variables.get("owner");
        if (text == null) {
            return true;
        }
        Party owner;
        try {
            owner = Party.parse(text);
        }
        catch (IllegalArgumentException e) {
            return true; // the argument's binding answers 400
        }
        var allowed = HttpMethod.GET.matches(request.getMethod()) ? access.canRead(owner)
                : access.canWrite(owner) || access.isNationalAdmin();
        if (!allowed) {
            throw new AccessDeniedException("No access to the plan of " + owner);
        }
        return true;
    }
}
