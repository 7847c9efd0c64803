package org.coordina.app.persistence;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jdbc.repository.config.EnableJdbcAuditing;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Records the signed-in user (or {@code system} for work nobody asked for) on every audited row. */
@Configuration(proxyBeanMethods = false)
@EnableJdbcAuditing
class AuditingConfiguration {

    static final String SYSTEM = "system";

    @Bean
    AuditorAware<String> auditorAware() {
        return () -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                    || !authentication.isAuthenticated()) {
                return Optional.of(SYSTEM);
            }
            return Optional.of(authentication.getName());
        };
    }
}
