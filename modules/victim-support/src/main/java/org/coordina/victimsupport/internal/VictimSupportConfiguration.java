package org.coordina.victimsupport.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the disclosure control's settings (a minimum cell size below 3 stops the start). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DisclosureProperties.class)
class VictimSupportConfiguration {
}
