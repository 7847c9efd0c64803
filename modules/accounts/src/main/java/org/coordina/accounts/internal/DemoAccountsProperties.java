package org.coordina.accounts.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo accounts' settings (demo mode itself is switched by {@code coordina.demo.enabled}).
 *
 * @param password the password every demo account starts with
 */
@ConfigurationProperties("coordina.demo")
record DemoAccountsProperties(@DefaultValue("demo") String password) {
}
