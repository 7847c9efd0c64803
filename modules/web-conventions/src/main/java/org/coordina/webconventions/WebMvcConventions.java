package org.coordina.webconventions;

import java.util.List;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.security.CommissionAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the conventions with Spring MVC: the commission scope check, the expected-version and
 * sort-whitelist parameters, and commission codes in paths and request parameters. First among the
 * configurers, so that its {@code Pageable} resolver comes before Spring Data's own.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebMvcConventions implements WebMvcConfigurer {

    private final ObjectProvider<CommissionAccess> access;

    private final ObjectProvider<PageableHandlerMethodArgumentResolver> pageables;

    WebMvcConventions(ObjectProvider<CommissionAccess> access,
            ObjectProvider<PageableHandlerMethodArgumentResolver> pageables) {
        this.access = access;
        this.pageables = pageables;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CommissionScopeInterceptor(access));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ExpectedVersionArgumentResolver());
        resolvers.add(new SortablePageableArgumentResolver(pageables));
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, CommissionCode.class, CommissionCode::parse);
        registry.addConverter(String.class, Party.class, Party::parse);
    }
}
