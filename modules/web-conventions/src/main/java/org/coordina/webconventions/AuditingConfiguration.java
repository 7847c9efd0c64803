package org.coordina.webconventions;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jdbc.repository.config.EnableJdbcAuditing;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Records the signed-in user (or {@code system} for work nobody asked for) and the time by the
 * application's clock on every audited row. Steps aside when an application enables auditing itself.
 */
@ConditionalOnClass(EnableJdbcAuditing.class)
@ConditionalOnMissingBean(name = "jdbcAuditingHandler")
@EnableJdbcAuditing(auditorAwareRef = AuditingConfiguration.AUDITOR, dateTimeProviderRef = AuditingConfiguration.TIME)
class AuditingConfiguration {

    static final String SYSTEM = "system";

    static final String AUDITOR = "coordinaAuditor";

    static final String TIME = "coordinaAuditingTime";

    @Bean(AUDITOR)
    AuditorAware<String> coordinaAuditor() {
        return () -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                    || !authentication.isAuthenticated()) {
                return Optional.of(SYSTEM);
            }
            return Optional.of(authentication.getName());
        };
    }

    @Bean(TIME)
    DateTimeProvider coordinaAuditingTime(Clock clock) {
        return () -> Optional.of(Instant.now(clock));
    }
}
