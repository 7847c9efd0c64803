package org.coordina;

import java.util.Optional;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jdbc.repository.config.EnableJdbcAuditing;
import org.springframework.modulith.Modulithic;

/**
 * Boots the accounts module on its own for its module tests; auditing stands in for the app's, which
 * records the signed-in user.
 */
@Modulithic(systemName = "Coordina", sharedModules = "sharedkernel")
@SpringBootApplication
@EnableJdbcAuditing
public class AccountsTestApplication {

    @Bean
    AuditorAware<String> auditorAware() {
        return () -> Optional.of("system");
    }
}
