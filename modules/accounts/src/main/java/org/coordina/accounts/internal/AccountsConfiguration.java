package org.coordina.accounts.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the accounts module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ BasicCacheProperties.class, DemoAccountsProperties.class,
        StampCacheProperties.class })
class AccountsConfiguration {
}
