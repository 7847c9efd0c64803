package org.coordina.internationalcooperation.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers the settings of international cooperation. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CooperationProperties.class)
class CooperationConfiguration {
}
