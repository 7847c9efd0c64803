package org.coordina.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No Micrometer observations inside Spring Security: with them, every filter of the chain, every
 * authentication and every authorization decision opens and closes an observation, which cost about
 * a quarter of the CPU of a bearer-token read (bench/README.md). The HTTP request itself stays
 * observed ({@code http.server.requests}), which is what the metrics are read for.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
