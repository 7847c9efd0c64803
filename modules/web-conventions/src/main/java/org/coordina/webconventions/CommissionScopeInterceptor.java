package org.coordina.webconventions;

import java.lang.reflect.AnnotatedElement;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.CommissionAccess;
import org.coordina.sharedkernel.security.NoCommissionScope;
import org.coordina.sharedkernel.security.ReadsCommissionData;
import org.coordina.sharedkernel.security.WritesCommissionData;
import org.coordina.sharedkernel.web.CoordinaProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Enforces {@link ReadsCommissionData} and {@link WritesCommissionData} on the commission named by the
 * {@code code} path variable. It runs after the handler is chosen and before its arguments are
 * resolved, so a caller without access gets 403 before its request body is read or validated. A
 * handler's own declaration replaces its class's.
 */
class CommissionScopeInterceptor implements HandlerInterceptor {

    static final String CODE = "code";

    private final ObjectProvider<CommissionAccess> access;

    CommissionScopeInterceptor(ObjectProvider<CommissionAccess> access) {
        this.access = access;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        var scope = scopeOf(method.getMethod()).or(() -> scopeOf(method.getBeanType()));
        if (scope.isEmpty() || scope.get() instanceof NoCommissionScope) {
            return true;
        }
        var code = commissionCode(request, method);
        if (scope.get() instanceof WritesCommissionData writes) {
            access.getObject().checkWrite(code.value(), writes.alsoAllowed());
        }
        else {
            access.getObject().checkRead(code.value());
        }
        return true;
    }

    private static Optional<Object> scopeOf(AnnotatedElement element) {
        Object writes = AnnotatedElementUtils.findMergedAnnotation(element, WritesCommissionData.class);
        Object reads = AnnotatedElementUtils.findMergedAnnotation(element, ReadsCommissionData.class);
        Object none = AnnotatedElementUtils.findMergedAnnotation(element, NoCommissionScope.class);
        // The strictest declaration wins, should a handler carry several.
        return Optional.ofNullable(writes).or(() -> Optional.ofNullable(reads)).or(() -> Optional.ofNullable(none));
    }

    private static CommissionCode commissionCode(HttpServletRequest request, HandlerMethod method) {
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        var code = variables == null ? null : variables.get(CODE);
        if (code == null) {
            throw new IllegalStateException(method + " is scoped to a commission but has no {code} path variable");
        }
        if (!CommissionCode.isValid(code)) {
            throw new CoordinaProblem(HttpStatus.BAD_REQUEST, "bad-parameter", "problem.badParameter", CODE);
        }
        return CommissionCode.parse(code);
    }
}
