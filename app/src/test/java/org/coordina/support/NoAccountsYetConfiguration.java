package org.coordina.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;

/** TEMPORARY until the accounts module provides its authentication providers; delete then. */
@TestConfiguration(proxyBeanMethods = false)
public class NoAccountsYetConfiguration {

    @Bean
    AuthenticationProvider rejectEverything() {
        return new AuthenticationProvider() {
            @Override
            public org.springframework.security.core.Authentication authenticate(
                    org.springframework.security.core.Authentication authentication) {
                throw new BadCredentialsException("no accounts module yet");
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
    }
}
