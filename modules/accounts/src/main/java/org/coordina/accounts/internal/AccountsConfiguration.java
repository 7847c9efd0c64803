package org.coordina.accounts.internal;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the accounts module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ BasicCacheProperties.class, DemoAccountsProperties.class })
class AccountsConfiguration {

    // Stands in for the application's one clock until the shared infrastructure module provides it.
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
