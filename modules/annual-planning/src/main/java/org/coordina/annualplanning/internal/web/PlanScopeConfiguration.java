package org.coordina.annualplanning.internal.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the plan scope check for every URL under a plan, of the API and of the pages. */
@Configuration(proxyBeanMethods = false)
class PlanScopeConfiguration implements WebMvcConfigurer {

    private final PlanAccess access;

    PlanScopeConfiguration(PlanAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PlanScopeInterceptor(access))
                .addPathPatterns(PlanController.PATH + "/{owner}", PlanController.PATH + "/{owner}/**",
                        PlanController.PATH + "/*.csv", PlanController.PATH + "/*.xlsx",
                        "/planning/{year}/plans/{owner}", "/planning/{year}/plans/{owner}/**");
    }
}
