package org.coordina.annualplanning.internal.web;

import org.coordina.annualplanning.events.PlanOwner;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Binds plan owners in paths as users type them ({@code national}, {@code var}); a malformed one is a 400. */
@Configuration(proxyBeanMethods = false)
class PlanningWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, PlanOwner.class, PlanOwner::parse);
    }
}
