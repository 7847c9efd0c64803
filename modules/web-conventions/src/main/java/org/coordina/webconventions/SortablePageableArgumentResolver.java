package org.coordina.webconventions;

import org.coordina.sharedkernel.web.SortWhitelist;
import org.coordina.sharedkernel.web.SortableBy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a {@link SortableBy} {@code Pageable} as Spring Data does (page size limits,
 * {@code @PageableDefault}), then lets only the declared sort keys through.
 */
class SortablePageableArgumentResolver implements HandlerMethodArgumentResolver {

    private final ObjectProvider<PageableHandlerMethodArgumentResolver> pageables;

    SortablePageableArgumentResolver(ObjectProvider<PageableHandlerMethodArgumentResolver> pageables) {
        this.pageables = pageables;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Pageable.class.equals(parameter.getParameterType()) && parameter.hasParameterAnnotation(SortableBy.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        var pageable = pageables.getIfAvailable(PageableHandlerMethodArgumentResolver::new)
                .resolveArgument(parameter, mavContainer, webRequest, binderFactory);
        return SortWhitelist.of(parameter.getParameterAnnotation(SortableBy.class)).restrict(pageable);
    }
}
