package org.coordina.app.persistence;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;

/**
 * Spring Data JDBC's entity lifecycle events ({@code AfterConvertEvent} for every row read,
 * {@code BeforeSaveEvent}…) are switched off: nothing listens to them, and each one went through the
 * application's event multicaster, once per loaded aggregate. Entity callbacks (auditing) are not
 * events and keep working; modules announce changes with their own events (ADR 4).
 */
@Configuration(proxyBeanMethods = false)
class EntityLifecycleEvents {

    @Bean
    static BeanPostProcessor entityLifecycleEventsOff() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcAggregateTemplate template) {
                    template.setEntityLifecycleEventsEnabled(false);
                }
                return bean;
            }
        };
    }
}
