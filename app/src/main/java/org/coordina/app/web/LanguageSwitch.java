package org.coordina.app.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages' language switch: {@code ?lang=en} or {@code ?lang=bg} on any page changes the language, and the locale
 * resolver of the web conventions remembers it in a cookie. The API keeps {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class LanguageSwitch implements WebMvcConfigurer {

    static final String PARAMETER = "lang";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName(PARAMETER);
        interceptor.setHttpMethods("GET");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor).excludePathPatterns("/api/**", "/actuator/**", "/v3/api-docs/**");
    }
}
