package org.coordina.app.http;

import jakarta.servlet.DispatcherType;
import org.coordina.webconventions.ProblemWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the request guards ahead of every other filter, the security chain included. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestBodyLimit.class)
class RequestGuardsConfiguration {

    @Bean
    FilterRegistrationBean<ErrorPathFilter> errorPathFilter(ProblemWriter problems) {
        return register(new ErrorPathFilter(problems), Ordered.HIGHEST_PRECEDENCE + 10);
    }

    @Bean
    FilterRegistrationBean<QueryStringFilter> queryStringFilter(ProblemWriter problems) {
        return register(new QueryStringFilter(problems), Ordered.HIGHEST_PRECEDENCE + 11);
    }

    @Bean
    FilterRegistrationBean<RequestBodyFilter> requestBodyFilter(RequestBodyLimit limit, ProblemWriter problems) {
        return register(new RequestBodyFilter(limit, problems), Ordered.HIGHEST_PRECEDENCE + 12);
    }

    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> register(F filter, int order) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(order);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
