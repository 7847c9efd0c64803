package org.coordina;

import java.util.Optional;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jdbc.repository.config.EnableJdbcAuditing;
import org.springframework.modulith.Modulithic;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stands in for the application class (which lives in {@code app}) when the module is tested on its
 * own, with the auditing the application configures.
 */
@Modulithic(systemName = "Coordina", sharedModules = "sharedkernel")
@SpringBootApplication
@EnableJdbcAuditing
public class RegionalCommissionsTestApplication {

    @Bean
    AuditorAware<String> auditorAware() {
        return () -> Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .map(authentication -> authentication.getName())
                .or(() -> Optional.of("system"));
    }
}
