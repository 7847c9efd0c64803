package org.coordina.annualplanning.internal.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The plan scope check ({@link PlanScopeInterceptor}) for the quarterly report pages: a plan the user may not read
 * (or change, on a post) is the 403 page before any form field is read.
 */
@Configuration(proxyBeanMethods = false)
class ReportPagesConfiguration implements WebMvcConfigurer {

    private final PlanAccess access;

    ReportPagesConfiguration(PlanAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PlanScopeInterceptor(access)).addPathPatterns("/planning/*/plans/*/quarters",
                "/planning/*/plans/*/quarters/**");
    }
}
