package org.coordina.webconventions;

import org.coordina.sharedkernel.web.ExpectedVersion;
import org.coordina.sharedkernel.web.Versions;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves an {@link ExpectedVersion} parameter from {@code If-Match}: 428 when missing, 412 when unknown. */
class ExpectedVersionArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        var type = parameter.getParameterType();
        return parameter.hasParameterAnnotation(ExpectedVersion.class) && (type == long.class || type == Long.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return Versions.fromIfMatch(webRequest.getHeader(HttpHeaders.IF_MATCH));
    }
}
