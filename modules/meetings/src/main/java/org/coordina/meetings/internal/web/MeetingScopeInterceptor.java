package org.coordina.meetings.internal.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks {@link MeetingAccess} for the meeting named by the {@code id} path variable before the
 * handler's arguments are resolved, so that a caller who may not read (GET) or change (anything else)
 * the meeting gets 403 before its body is read, validated or its If-Match looked at, as the commission
 * scope does for {@code {code}} paths; the meetings' pages get the same check, so that a form is not
 * read either. The handlers' {@code @PreAuthorize} states the same rule where a reader looks for it.
 */
class MeetingScopeInterceptor implements HandlerInterceptor {

    private final MeetingAccess access;

    MeetingScopeInterceptor(MeetingAccess access) {
        this.access = access;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || method.getBeanType() != MeetingController.class
                && method.getBeanType() != MeetingPages.class) {
            return true;
        }
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        var id = variables == null ? null : variables.get("id");
        if (id == null) {
            return true;
        }
        UUID meeting;
        try {
            meeting = UUID.fromString(id);
        }
        catch (IllegalArgumentException e) {
            return true; // the argument's binding answers 400
        }
        var allowed = HttpMethod.GET.matches(request.getMethod()) ? access.canRead(meeting) : access.canChange(meeting);
        if (!allowed) {
            throw new AccessDeniedException("No access to meeting " + meeting);
        }
        return true;
    }
}
